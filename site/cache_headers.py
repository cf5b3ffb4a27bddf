"""What HTTP caches may keep: the only caching of whole pages the site does.

Public pages carry nothing per visitor (no CSRF token, no cookie, no nonce), so one copy serves
everyone: they say ``Cache-Control: public, max-age=…, s-maxage=…``, and nginx (or a CDN) in
front keeps them. Publishing, bookings and snippet edits purge what changed
(``actsite.purging``), so shared caches may keep pages for long (``s-maxage``) while browsers,
which nobody can purge, keep them briefly (``max-age``). Addresses with a query string (filters,
pages of a listing) are not all purged by name, so shared caches keep those for a short while.

Anything personal or stateful is ``private, no-store``: signed-in people, responses that set a
cookie or use a CSRF token (forms), search, the admin and the private paths below.
"""

from django.conf import settings
from django.utils.cache import patch_cache_control

PRIVATE_PREFIXES = (
    "/admin/",
    "/documents/",
    "/accounts/",
    "/training/my/",
    "/training/certificates/",
    "/training/verify/",
)
# Never kept by a shared cache in any language: what someone searched for is their business,
# and forms carry a CSRF token.
PRIVATE_VIEWS = {"search", "pack_request", "pack_request_thanks", "manage_booking"}


def _is_shareable(request, response):
    return (
        request.method in ("GET", "HEAD")
        and response.status_code == 200
        and not response.cookies
        # Django marks any use of a form's token this way: the page is per visitor.
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not request.path_info.startswith(PRIVATE_PREFIXES)
        and getattr(request.resolver_match, "url_name", None) not in PRIVATE_VIEWS
        and not request.user.is_authenticated
    )


class CacheHeadersMiddleware:
    """Say how long browsers and shared caches may keep each response (see the module)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.has_header("Cache-Control"):
            return response
        if _is_shareable(request, response):
            shared = settings.PUBLIC_CACHE_SHARED_MAX_AGE
            if request.META.get("QUERY_STRING"):
                shared = min(shared, settings.PUBLIC_CACHE_QUERY_MAX_AGE)
            patch_cache_control(
                response, public=True, max_age=settings.PUBLIC_CACHE_MAX_AGE, s_maxage=shared
            )
        else:
            patch_cache_control(response, private=True, no_store=True)
        return response
