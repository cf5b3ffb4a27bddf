"""Remembered routes (actsite.page_routes): fewer queries, and never the wrong page or a page
that should not be seen."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page, PageViewRestriction

from actsite import page_routes
from actsite.models import SiteFurniture
from tests.campaigns.factories import EventIndexPageFactory, EventPageFactory
from tests.campaigns.translations import translate
from tests.core.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _render_every_time(page_cache_off, settings, home_page):
    settings.FRAGMENT_CACHE_SECONDS = 0
    SiteFurniture.for_site(home_page.get_site())  # made on first read otherwise: a change


@pytest.fixture
def section(home_page):
    return StandardPageFactory(parent=home_page, title="Spot the signs", slug="signs")


@pytest.fixture
def leaflet(section):
    return StandardPageFactory(parent=section, title="Nail bars", slug="nail-bars")


def _get(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return response, len(queries)


def test_the_second_visit_skips_the_walk_down_the_tree(client, leaflet):
    client.get("/signs/")  # what any first request loads (furniture, menus) is loaded
    first, walked = _get(client, "/signs/nail-bars/")
    second, remembered = _get(client, "/signs/nail-bars/")
    assert first.status_code == second.status_code == 200
    assert "Nail bars" in second.content.decode()
    assert second.context["page"].specific == leaflet
    assert remembered <= walked - 4  # site, locale, and a query or two for each level


def _sent_on(client, old, new):
    """The old address no longer serves the page: not found, or a redirect to the new one
    (Wagtail makes one when a page is moved)."""
    response = client.get(old)
    assert response.status_code == 404 or (
        response.status_code == 301 and response["Location"] == new
    )


def test_unpublished_renamed_and_moved_pages_are_followed_at_once(client, home_page, leaflet):
    client.get("/signs/nail-bars/")
    leaflet.slug = "nail-salons"
    leaflet.save_revision().publish()
    _sent_on(client, "/signs/nail-bars/", "/signs/nail-salons/")
    assert client.get("/signs/nail-salons/").status_code == 200
    Page.objects.get(pk=leaflet.pk).move(home_page, pos="last-child")
    _sent_on(client, "/signs/nail-salons/", "/nail-salons/")
    assert client.get("/nail-salons/").status_code == 200
    Page.objects.get(pk=leaflet.pk).unpublish()
    assert client.get("/nail-salons/").status_code == 404


def test_a_page_taken_down_behind_the_caches_back_is_not_served(client, leaflet):
    client.get("/signs/nail-bars/")
    Page.objects.filter(pk=leaflet.pk).update(live=False)  # no signal: the generation stays
    assert client.get("/signs/nail-bars/").status_code == 404


def test_view_restrictions_are_checked_on_every_request(client, django_user_model, leaflet):
    PageViewRestriction.objects.create(page=leaflet, restriction_type=PageViewRestriction.LOGIN)
    staff = django_user_model.objects.create_user("reader", password="x" * 16)
    client.force_login(staff)
    assert client.get("/signs/nail-bars/").status_code == 200  # remembered now
    client.logout()
    response = client.get("/signs/nail-bars/")
    assert response.status_code == 302 and "login" in response["Location"]


def test_each_language_has_its_own_route(client, leaflet):
    polish = translate(leaflet, "pl", title="Salony paznokci")
    assert "Nail bars" in client.get("/signs/nail-bars/").content.decode()
    response = client.get("/pl/signs/nail-bars/")
    assert response.context["page"].specific == polish
    assert "Salony paznokci" in response.content.decode()
    assert "Nail bars" in client.get("/signs/nail-bars/").content.decode()


def test_routes_inside_a_page_still_reach_it(client, home_page):
    event = EventPageFactory(parent=EventIndexPageFactory(parent=home_page), slug="briefing")
    for _ in range(2):
        assert client.get(event.url).status_code == 200
        calendar = client.get(event.url + "calendar/")
        assert calendar.status_code == 200 and calendar["Content-Type"] == "text/calendar"


def test_remembered_routes_are_bounded(client, section, monkeypatch):
    monkeypatch.setattr(page_routes, "MAX_ROUTES", 2)
    for url in ("/", "/signs/", "/", "/signs/"):
        assert client.get(url).status_code == 200
    assert len(page_routes.known_routes._routes) <= 2
