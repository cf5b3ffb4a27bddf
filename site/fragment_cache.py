"""Parts of public pages kept in the shared cache, for renders the page cache cannot spare.

The page cache (``actsite.page_cache``) serves whole pages to anonymous visitors with plain
URLs. Everyone else gets a fresh render: signed-in editors, links with tracking parameters
(``?utm_source=poster`` on a QR code), the first visitor after a publish. The costly parts of
those renders (a campaign's posters and events, say) come from here.

A fragment is kept under the same generations as whole pages, so it is never served after
public content changes, and if it showed places left, after a booking; it is stored per
language. Fragments that hold something per visitor (a CSRF token, the CSP nonce) are never
stored, and previews (a draft's unsaved content) neither read nor write the cache. In templates:
``{% public_fragment "campaign-page" page.pk %}…{% endpublic_fragment %}``.
"""

import hashlib

from django.conf import settings
from django.utils import translation

from actsite import page_cache

PER_VISITOR = (b"csrfmiddlewaretoken", page_cache.NONCE_PLACEHOLDER)


def _key(parts):
    named = "\x1f".join([translation.get_language() or "", *map(str, parts)])
    return "fragment:" + hashlib.blake2b(named.encode(), digest_size=16).hexdigest()


def cached_fragment(request, parts, render):
    """The HTML ``render()`` returns, from the cache when it is still current.

    ``parts`` name the fragment (its name and whatever it varies on, besides the language).
    Marks the request as showing places left when the fragment does, hit or miss.
    """
    seconds = settings.FRAGMENT_CACHE_SECONDS
    if not seconds or getattr(request, "is_preview", False):
        return render()
    key = _key(parts)
    found = page_cache.shared_cache().get_many([key, page_cache.CONTENT, page_cache.AVAILABILITY])
    content, availability = page_cache.current_generations(found)
    entry = found.get(key)
    if entry is not None and entry[0] == content and entry[1] in (None, availability):
        if entry[1] is not None:
            page_cache.mark_shows_availability(request)
        return entry[2]
    outside = getattr(request, "page_cache_shows_availability", False)
    if request is not None:
        request.page_cache_shows_availability = False
    html = render()
    shows_availability = getattr(request, "page_cache_shows_availability", False)
    if request is not None:
        request.page_cache_shows_availability = outside or shows_availability
    if not _per_visitor(request, html):
        if shows_availability:
            seconds = min(seconds, settings.PAGE_CACHE_AVAILABILITY_SECONDS)
        stored = (content, availability if shows_availability else None, html)
        page_cache.shared_cache().set(key, stored, seconds)
    return html


def _per_visitor(request, html):
    nonce = getattr(request, "_csp_nonce", None)
    encoded = html.encode()
    return any(marker in encoded for marker in PER_VISITOR) or bool(
        nonce and nonce.encode() in encoded
    )
