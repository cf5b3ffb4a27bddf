"""Sharing and discovery: meta tags, sitemap, robots.txt, caching headers, promoted results."""

import pytest

from django.contrib.auth import get_user_model

from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from tests.core.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_pages_have_description_canonical_and_open_graph_tags(client, home_page):
    page = StandardPageFactory(
        parent=home_page, title="Staying safe", intro="Use private browsing."
    )
    html = client.get(page.url).content.decode()
    assert '<meta name="description" content="Use private browsing.">' in html
    assert f'<link rel="canonical" href="{page.full_url}">' in html
    assert '<meta property="og:title" content="Staying safe">' in html


def test_sitemap_lists_live_pages_only(client, home_page):
    live = StandardPageFactory(parent=home_page, title="Live page")
    draft = StandardPageFactory(parent=home_page, title="Draft page")
    draft.unpublish()
    xml = client.get("/sitemap.xml").content.decode()
    assert live.full_url in xml
    assert draft.full_url not in xml


def test_robots_txt_points_to_the_sitemap_and_keeps_out_of_the_admin(client, home_page):
    response = client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain"
    body = response.content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_public_pages_may_be_cached_by_shared_caches(client, home_page, settings):
    settings.PUBLIC_CACHE_MAX_AGE = 120
    settings.PUBLIC_CACHE_SHARED_MAX_AGE = 3600
    settings.PUBLIC_CACHE_QUERY_MAX_AGE = 30
    response = client.get("/")
    assert response["Cache-Control"] == "public, max-age=120, s-maxage=3600"
    assert not response.cookies
    # Filtered listings are not all purged by name: shared caches keep them briefly.
    assert client.get("/?page=2")["Cache-Control"] == "public, max-age=120, s-maxage=30"


@pytest.mark.parametrize("prefix", ["", "/cy", "/pl"])
def test_signed_in_people_forms_and_search_are_never_stored(client, home_page, prefix):
    assert client.get(f"{prefix}/printed-packs/")["Cache-Control"] == "private, no-store"
    assert client.get(f"{prefix}/search/?q=help")["Cache-Control"] == "private, no-store"
    user = get_user_model().objects.create_user("editor", "e@example.org", "x" * 12)
    client.force_login(user)
    assert client.get(f"{prefix}/")["Cache-Control"] == "private, no-store"


def test_editors_promoted_results_come_first_and_queries_are_not_recorded(client, home_page):
    pick = StandardPageFactory(parent=home_page, title="Helpline languages")
    query = Query.objects.create(query_string="interpreter")
    SearchPromotion.objects.create(query=query, page=pick, sort_order=0, description="Any language")
    response = client.get("/search/", {"q": "Interpreter"})
    html = response.content.decode()
    assert "Recommended" in html and "Helpline languages" in html
    client.get("/search/", {"q": "my boss took my passport"})
    assert list(Query.objects.values_list("query_string", flat=True)) == ["interpreter"]
