"""Where a public address leads, remembered until public content changes.

Wagtail finds the page for an address by walking the page tree: the site for the host, the
visitor's locale, then a query or two per level, seven queries before a campaign page starts
rendering. The answer only changes when content does (a page published, moved, renamed or
unpublished; a site or locale edited), and every such change moves the content generation of
``actsite.page_cache``. So each process remembers, per generation, which site and page an
address (host, language, path) led to, and the next request for it reads the page with one
query, checking it is still live.

Only routing is skipped. Everything Wagtail does next runs on every request as before: its
``before_serve_page`` hooks (view restrictions are checked live), ``on_serve_page`` hooks and
``page.serve``. Routes that go on inside a page (the sub-routes of a routable page, an event's
calendar file) are not remembered: Wagtail walks to them each time.
"""

import copy
import threading

from django.utils import translation

from wagtail import views as wagtail_views
from wagtail.models import Page
from wagtail.url_routing import RouteResult

from actsite import page_cache

MAX_ROUTES = 2000


class _Routes:
    """The routes this process has found: (generation, host, port, language, path) ->
    (site, page model, page id). Emptied when full; old generations are never looked up."""

    def __init__(self):
        self._routes = {}
        self._lock = threading.Lock()

    def get(self, key):
        return self._routes.get(key)

    def keep(self, key, route):
        with self._lock:
            if len(self._routes) >= MAX_ROUTES:
                self._routes.clear()
            self._routes[key] = route

    def clear(self):
        with self._lock:
            self._routes.clear()


known_routes = _Routes()


def _generation(request):
    lookup = getattr(request, "page_cache_lookup", None)  # read moments ago by the page cache
    if lookup is not None and lookup[3] is not None:
        return lookup[3]
    return page_cache.content_generation()


def find_route(request, path):
    """The page (and its site) for this address, as Wagtail's ``Page.route_for_request`` finds
    them, and stored where Wagtail keeps them for the rest of the request."""
    key = (
        _generation(request),
        request.get_host(),
        request.get_port(),
        translation.get_language(),
        path,
    )
    known = known_routes.get(key)
    if known is not None:
        site, model, page_id = known
        page = model.objects.filter(pk=page_id, live=True).first()
        if page is not None:
            # Where Wagtail caches the site and the route for the request (see Site.find_for_request
            # and Page.route_for_request): everything after this reads them from there.
            request._wagtail_site = copy.copy(site)
            request._wagtail_route_for_request = RouteResult(page)
            return request._wagtail_route_for_request
    route = Page.route_for_request(request, path)
    if route is not None and not route.args and not route.kwargs:
        known_routes.keep(key, (_bare(request._wagtail_site), type(route.page), route.page.pk))
    return route


def _bare(site):
    """A copy of the site without the objects it has loaded (its root page): nothing a
    request reads through it is shared with another request."""
    return type(site)(
        **{field.attname: getattr(site, field.attname) for field in site._meta.concrete_fields}
    )


def serve(request, path):
    """Wagtail's page view, with the route found by ``find_route``."""
    find_route(request, path)
    return wagtail_views.serve(request, path)
