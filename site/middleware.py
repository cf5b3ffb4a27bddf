"""HTTP caching for public pages."""

from django.conf import settings
from django.utils.cache import patch_cache_control

PRIVATE_PREFIXES = (
    "/admin/",
    "/printed-packs/",
    "/documents/",
    "/bookings/",
    "/accounts/",
    "/training/my/",
    "/training/certificates/",
    "/training/verify/",
)
# Never kept by a shared cache in any language: what someone searched for is their business.
PRIVATE_VIEWS = {"search"}


class PublicCacheControlMiddleware:
    """Let shared caches keep anonymous GET pages for PUBLIC_CACHE_MAX_AGE seconds.

    Anything personal or stateful is never shared: responses for signed-in people, responses
    that set a cookie, forms, the admin and anything that already says how to cache itself.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.has_header("Cache-Control"):
            return response
        shareable = (
            request.method in ("GET", "HEAD")
            and response.status_code == 200
            and not response.cookies
            # A form's token is per visitor (Django 5 marks any use of it this way).
            and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            and not request.path.startswith(PRIVATE_PREFIXES)
            and getattr(request.resolver_match, "url_name", None) not in PRIVATE_VIEWS
            and not request.user.is_authenticated
        )
        if shareable:
            max_age = settings.PUBLIC_CACHE_MAX_AGE
            if getattr(request, "page_cache_shows_availability", False):  # places left
                max_age = min(max_age, settings.PAGE_CACHE_AVAILABILITY_SECONDS)
            patch_cache_control(response, public=True, max_age=max_age)
        elif getattr(request.resolver_match, "url_name", None) in PRIVATE_VIEWS:
            patch_cache_control(response, private=True, no_store=True)
        else:
            patch_cache_control(response, private=True, no_cache=True)
        return response
