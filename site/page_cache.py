"""Whole public pages served from the shared cache to anonymous visitors.

A cached page costs one cache round trip and no database query. Correctness rests on two
*generations*, counters kept in the cache:

- ``content``: bumped whenever anything that public pages show is saved or deleted (pages
  published, moved or unpublished, snippets, settings, documents, images: see
  ``actsite.signal_handlers``). A page stored under an older generation is never served.
- ``availability``: bumped when places are booked or given back (``campaigns.bookings``). Only
  pages that showed "places left" depend on it (the places-left component marks the request),
  so a booking refreshes event listings without emptying the rest of the cache.

The generations are read *before* the page is rendered and stored with it, so a page rendered
while an editor published is stored under the old generation and thrown away at once.

Per-visitor parts are punched out: the CSP nonce and CSRF tokens are stored as placeholders
and filled in fresh for every visitor, so a cached booking form still posts and the strict
Content Security Policy keeps a new nonce per response.

Each process also keeps the pages it served for PAGE_CACHE_LOCAL_SECONDS (a second in
production) and serves them again without asking the shared cache: a change made through
another process shows up to that long later (a change made in this process clears them at
once), as with a micro-cache in front of the site.

Hits are served by ``PageCacheHitMiddleware`` before sessions, languages and sign-in run;
misses go on to ``PageCacheMiddleware``, which renders and stores them.

Never cached: anyone with a cookie other than the CSRF cookie (signed-in people, a pending
message), anything but GET, query strings outside PAGE_CACHE_QUERY_PARAMS, non-200 responses,
responses that set cookies or write the session, and the private paths of
``actsite.middleware.PRIVATE_PREFIXES``. Pages that change with the clock alone (an event
passing, booking closing) are at most PAGE_CACHE_SECONDS old (PAGE_CACHE_AVAILABILITY_SECONDS
for pages showing places left); the server re-checks everything when a form is posted.
"""

import hashlib
import re
import threading
import time
from collections import OrderedDict
from urllib.parse import parse_qsl

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.middleware.csrf import CsrfViewMiddleware

from actsite.csrf_tokens import token_for
from actsite.middleware import PRIVATE_PREFIXES

CONTENT = "page-cache:generation:content"
AVAILABILITY = "page-cache:generation:availability"
NONCE_PLACEHOLDER = b"__PAGE_CACHE_NONCE__"
CSRF_PLACEHOLDER = b"__PAGE_CACHE_CSRF__"
CSRF_INPUT = re.compile(rb'(name="csrfmiddlewaretoken" value=")[^"]+(")')
STORED_HEADERS = ("Content-Type", "Cache-Control", "X-Frame-Options", "Vary", "Content-Language")


def shared_cache():
    """The cache pages (and fragments, ``actsite.fragment_cache``) are kept in."""
    return caches[settings.PAGE_CACHE_ALIAS]


def _bump(key):
    store = shared_cache()
    try:
        store.incr(key)
    except ValueError:  # never set, or evicted: start from a value no stored page can carry
        store.set(key, time.time_ns(), None)


def content_changed():
    """Something public pages show has changed: no cached page may be served again."""
    _bump(CONTENT)
    recent_pages.clear()


def availability_changed():
    """Places were booked or given back: pages showing "places left" must be rendered again."""
    _bump(AVAILABILITY)
    recent_pages.clear()


def content_generation():
    """A value that changes whenever public content does: a key for things derived from it."""
    return current_generations(shared_cache().get_many([CONTENT, AVAILABILITY]))[0]


def mark_shows_availability(request):
    """Record that this response shows places left (called by the places-left component)."""
    if request is not None:
        request.page_cache_shows_availability = True


def current_generations(found):
    """The current generations, starting them if the cache has lost them."""
    store = shared_cache()
    generations = []
    for key in (CONTENT, AVAILABILITY):
        value = found.get(key)
        if value is None:
            store.add(key, time.time_ns(), None)
            value = store.get(key)
        generations.append(value)
    return tuple(generations)


def _cacheable_request(request):
    if request.method != "GET" or request.path.startswith(PRIVATE_PREFIXES):
        return False
    if set(request.COOKIES) - {settings.CSRF_COOKIE_NAME}:
        return False
    allowed = settings.PAGE_CACHE_QUERY_PARAMS
    return all(name in allowed for name, _ in parse_qsl(request.META.get("QUERY_STRING", "")))


def _storable(request, response):
    session = getattr(request, "session", None)
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not (session is not None and session.modified)
        and response.get("Content-Type", "").startswith("text/html")
        and "no-store" not in response.get("Cache-Control", "")
    )


def _key(request):
    """The URL, hashed: keys stay short (memcached refuses over 250 characters) however long
    the query string."""
    scheme = "https" if request.is_secure() else "http"
    url = f"{scheme}://{request.get_host()}{request.get_full_path()}"
    return "page-cache:page:" + hashlib.blake2b(url.encode(), digest_size=16).hexdigest()


class _RecentPages:
    """Pages this process served from the shared cache in the last PAGE_CACHE_LOCAL_SECONDS,
    served again without asking the shared cache (a bounded, least recently used map)."""

    MAX_PAGES = 200

    def __init__(self):
        self._pages = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            held = self._pages.get(key)
            if held is None or held[0] <= _now():
                return None
            self._pages.move_to_end(key)
            return held[1]

    def keep(self, key, entry, seconds):
        with self._lock:
            self._pages[key] = (_now() + seconds, entry)
            self._pages.move_to_end(key)
            while len(self._pages) > self.MAX_PAGES:
                self._pages.popitem(last=False)

    def clear(self):
        with self._lock:
            self._pages.clear()


_now = time.monotonic
recent_pages = _RecentPages()


def _look_up(request):
    """The stored entry for this URL (or None) and whether it may be served now, as (key,
    entry, fresh, content generation, availability generation): one shared-cache round trip,
    or none when this process served the page moments ago."""
    key = _key(request)
    local_seconds = settings.PAGE_CACHE_LOCAL_SECONDS
    if local_seconds and (entry := recent_pages.get(key)) is not None:
        return key, entry, True, None, None
    found = shared_cache().get_many([key, CONTENT, AVAILABILITY])
    content_generation, availability_generation = current_generations(found)
    entry = found.get(key)
    fresh = entry is not None and (
        entry[0] == content_generation and entry[1] in (None, availability_generation)
    )
    if fresh and local_seconds:
        recent_pages.keep(key, entry, local_seconds)
    return key, entry, fresh, content_generation, availability_generation


def _from_cache(request, headers, body):
    if NONCE_PLACEHOLDER in body:
        body = body.replace(NONCE_PLACEHOLDER, str(request.csp_nonce).encode())
    if CSRF_PLACEHOLDER in body:
        body = body.replace(CSRF_PLACEHOLDER, token_for(request).encode())
    response = HttpResponse(body)
    for name, value in headers:
        response[name] = value
    response["X-Page-Cache"] = "hit"
    return response


class PageCacheHitMiddleware:
    """Serve cached pages before sessions, languages and sign-in run.

    Sits right after WhiteNoise, so a hit costs about what a static file does: one cache round
    trip (or none, see ``recent_pages``) and no middleware that has nothing to do for it (the
    language is in the URL; the stored headers carry Content-Language and Vary). A page with a
    form gets its CSRF token and cookie from Django's own CSRF middleware, called here for that
    page alone (its token made by ``actsite.csrf_tokens``, for less than Django's get_token
    costs). Misses go on down the stack to PageCacheMiddleware, with this lookup.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.csrf = CsrfViewMiddleware(get_response)

    def __call__(self, request):
        if not settings.PAGE_CACHE_SECONDS or not _cacheable_request(request):
            return self.get_response(request)
        lookup = _look_up(request)
        _, entry, fresh, _, _ = lookup
        if not fresh:
            request.page_cache_lookup = lookup
            return self.get_response(request)
        if CSRF_PLACEHOLDER not in entry[3]:
            return _from_cache(request, entry[2], entry[3])
        self.csrf.process_request(request)  # the visitor's CSRF cookie, or a new one
        response = _from_cache(request, entry[2], entry[3])
        return self.csrf.process_response(request, response)  # sets the cookie if new


class PageCacheMiddleware:
    """Render and store what may be shared (and serve hits too, should it be used alone).

    Sits after CsrfViewMiddleware (a cached form gets a working token and cookie) and inside
    the CSP middleware (a cached page gets a fresh nonce in body and header alike).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.PAGE_CACHE_SECONDS or not _cacheable_request(request):
            return self.get_response(request)
        lookup = getattr(request, "page_cache_lookup", None) or _look_up(request)
        key, entry, fresh, content_generation, availability_generation = lookup
        if fresh:
            return _from_cache(request, entry[2], entry[3])
        response = self.get_response(request)
        if _storable(request, response):
            self._store(request, response, key, content_generation, availability_generation)
        response["X-Page-Cache"] = "miss"
        return response

    def _store(self, request, response, key, content_generation, availability_generation):
        body = response.content
        nonce = getattr(request, "_csp_nonce", None)
        if nonce:
            body = body.replace(nonce.encode(), NONCE_PLACEHOLDER)
        body = CSRF_INPUT.sub(rb"\1" + CSRF_PLACEHOLDER + rb"\2", body)
        shows_availability = getattr(request, "page_cache_shows_availability", False)
        headers = [(name, response[name]) for name in STORED_HEADERS if response.has_header(name)]
        entry = (
            content_generation,
            availability_generation if shows_availability else None,
            headers,
            body,
        )
        seconds = settings.PAGE_CACHE_SECONDS
        if shows_availability:
            seconds = min(seconds, settings.PAGE_CACHE_AVAILABILITY_SECONDS)
        shared_cache().set(key, entry, seconds)
