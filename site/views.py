"""Site-wide views that are not Wagtail pages."""

import re

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.urls import reverse
from django.views import defaults
from django.views.decorators.http import require_GET

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale, Page
from wagtail.search.utils import normalise_query_string

from actsite.search_stems import search_query

RESULTS_PER_PAGE = 10
SECTION_DEPTH = 3  # the home page's children (hubs, indexes) are sections themselves
MAX_QUERY_LENGTH = 200


def search(request):
    """Full-text search over live public pages, paginated."""
    query = request.GET.get("q", "").replace("\x00", "").strip()[:MAX_QUERY_LENGTH]
    words = search_words(query)
    # Every page has a version in every language's tree (its translation, or an alias of the
    # English): searching the visitor's locale finds each page once, at its address there.
    pages = Page.objects.live().public().filter(locale=Locale.get_active())
    language = Locale.get_active().language_code
    results = pages.search(search_query(words, language)) if words else Page.objects.none()
    page = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    note_sections(page.object_list)
    return TemplateResponse(
        request,
        "actsite/search_page.html",
        {
            "search_query": query,
            "results": page,
            "promotions": promoted_results(query),
            "page_title": "Search",
        },
    )


def note_sections(results):
    """Give each result below a section (a campaign, a lesson...) its parent as ``section``, so
    a lesson is listed with its module's title: one query for the whole page of results."""
    results = list(results)
    paths = {result.path[: -Page.steplen] for result in results if result.depth > SECTION_DEPTH}
    parents = {parent.path: parent for parent in Page.objects.filter(path__in=paths)}
    for result in results:
        result.section = parents.get(result.path[: -Page.steplen])


def search_words(query):
    """The words of ``query``, without punctuation: search engines' query syntax (FTS5,
    tsquery) must never see what people type, or a stray quote or bracket fails the search."""
    return " ".join(re.findall(r"\w+", query))


def promoted_results(query):
    """Editors' picks for this query (Search promotions in the admin).

    Looked up without recording the query: what people search for here can be sensitive.
    """
    if not query:
        return []
    return list(
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(query))
        .filter(Q(page__live=True) | Q(page__isnull=True))
        .select_related("page")
        .order_by("sort_order")
    )


def robots_prefixes():
    """ "" for the default language (no prefix), then "/cy", "/pl"... for each other one."""
    return [
        "" if code == settings.LANGUAGE_CODE else f"/{code}" for code, _name in settings.LANGUAGES
    ]


@require_GET
def robots_txt(request):
    lines = ["User-agent: *", "Disallow: /admin/"]
    # Forms, search results and booking links exist under every language prefix.
    for prefix in robots_prefixes():
        lines += [
            f"Disallow: {prefix}/printed-packs/",
            f"Disallow: {prefix}/search/",
            f"Disallow: {prefix}/bookings/",
        ]
    lines.append(f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


def bad_request(request, exception):
    """The 400 page. A Host header the site does not serve (DisallowedHost) gets a page that
    needs no site, page tree or request, since each of those lookups would fail again."""
    if isinstance(exception, DisallowedHost):
        page = render_to_string("bad_host.html", {"QUICK_EXIT_URL": settings.QUICK_EXIT_URL})
        return HttpResponseBadRequest(page)
    return defaults.bad_request(request, exception)


@require_GET
def favicon(request):
    """``/favicon.ico``, which browsers and feed readers ask for whatever the page links: the
    site's icon, rather than a 404 page rendered for every tab opened."""

    response = redirect(static("img/favicon.svg"), permanent=True)
    response["Cache-Control"] = "public, max-age=86400"
    return response
