"""The whole-page cache: anonymous visitors get cached pages at no database cost, and nobody
ever sees a stale or someone else's page (actsite.page_cache)."""

import re

import pytest

from django.contrib.auth.middleware import AuthenticationMiddleware
from django.contrib.auth.models import User
from django.contrib.sessions.middleware import SessionMiddleware
from django.core.cache import cache
from django.db import connection
from django.middleware.locale import LocaleMiddleware
from django.test import Client
from django.test.utils import CaptureQueriesContext

from actsite import page_cache
from actsite.models import SiteFurniture
from campaigns import bookings
from campaigns.models import Booking
from tests.campaigns.factories import EventPageFactory, ResourcePageFactory
from tests.core.factories import HelplineFactory, StandardPageFactory

pytestmark = pytest.mark.django_db

NONCE = re.compile(r'<script[^>]* nonce="([^"]+)"')
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def served(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.get("X-Page-Cache"), response.content.decode()


@pytest.fixture(autouse=True)
def site_settings(home_page):
    """Settings rows exist, as on any running site (the first read would create them)."""
    SiteFurniture.for_site(home_page.get_site())


@pytest.fixture
def about(home_page):
    return StandardPageFactory(parent=home_page, title="About the campaign", slug="about")


@pytest.fixture
def event(event_index):
    return EventPageFactory(parent=event_index, title="Briefing for station staff", capacity=5)


def test_second_anonymous_visit_is_served_from_cache_without_queries(client, about):
    assert served(client, about.url)[0] == "miss"
    with CaptureQueriesContext(connection) as queries:
        state, html = served(client, about.url)
    assert state == "hit"
    assert "About the campaign" in html
    assert len(queries) == 0


@pytest.mark.parametrize("page", ["about", "event"])
def test_cached_pages_skip_sessions_languages_and_sign_in(page, request, monkeypatch):
    """Served before the rest of the stack; a page with a form still gets a working token."""
    url = request.getfixturevalue(page).url
    served(Client(), url)

    def not_needed(*args):
        raise AssertionError("a cached page went through the whole stack")

    for middleware in (SessionMiddleware, LocaleMiddleware, AuthenticationMiddleware):
        monkeypatch.setattr(middleware, "process_request", not_needed)
    client = Client(enforce_csrf_checks=True)
    state, html = served(client, url)
    assert state == "hit"
    if page == "event":
        token = CSRF.search(html).group(1)
        assert client.cookies["csrftoken"].value and token != "__PAGE_CACHE_CSRF__"


def test_publishing_a_change_is_shown_at_once(client, about):
    served(client, about.url)
    about.title = "About us"
    about.save_revision().publish()
    state, html = served(client, about.url)
    assert state == "miss"
    assert "About us" in html


def test_editing_a_helpline_refreshes_every_cached_page(client, about):
    helpline = HelplineFactory(number="08000 121 700", show_in_footer=True)
    served(client, about.url)
    helpline.number = "08000 121 701"
    helpline.save()
    state, html = served(client, about.url)
    assert state == "miss"
    assert "08000 121 701" in html


def test_losing_the_generations_never_serves_an_old_page(client, about):
    served(client, about.url)
    cache.delete(page_cache.CONTENT)  # evicted, or the cache restarted without the pages
    assert served(client, about.url)[0] == "miss"


@pytest.fixture
def local_second(settings, monkeypatch):
    """Pages kept in this process for a second, on a clock the test moves."""
    settings.PAGE_CACHE_LOCAL_SECONDS = 1
    clock = [1000.0]
    monkeypatch.setattr(page_cache, "_now", lambda: clock[0])
    page_cache.recent_pages.clear()
    yield clock
    page_cache.recent_pages.clear()


def test_a_page_served_moments_ago_is_served_again_without_asking_the_cache(
    client, about, local_second, monkeypatch
):
    served(client, about.url)
    served(client, about.url)  # from the shared cache: kept here for a second

    def no_round_trip(*args):
        raise AssertionError("asked the shared cache")

    monkeypatch.setattr(page_cache, "shared_cache", no_round_trip)
    with CaptureQueriesContext(connection) as queries:
        state, html = served(client, about.url)
    assert (state, len(queries)) == ("hit", 0)
    assert "About the campaign" in html


def test_a_change_made_elsewhere_shows_within_the_local_seconds(client, about, local_second):
    served(client, about.url)
    served(client, about.url)
    cache.incr(page_cache.CONTENT)  # another process published: our memory was not cleared
    assert served(client, about.url)[0] == "hit"  # up to a second late
    local_second[0] += 1.01
    assert served(client, about.url)[0] == "miss"


def test_a_change_made_here_shows_at_once_with_local_seconds(client, about, local_second):
    served(client, about.url)
    served(client, about.url)
    about.title = "About us"
    about.save_revision().publish()
    state, html = served(client, about.url)
    assert state == "miss" and "About us" in html


def test_signed_in_people_are_never_served_or_stored(client, about):
    user = User.objects.create_user("editor", "editor@example.org", "a-long-password-1")
    client.force_login(user)
    assert served(client, about.url)[0] is None
    assert served(Client(), about.url)[0] == "miss"  # nothing was stored for the editor


def test_unknown_query_strings_and_posts_are_not_cached(client, about):
    assert served(client, f"{about.url}?utm_source=poster")[0] is None
    assert served(client, f"{about.url}?utm_source=poster")[0] is None
    assert client.post(about.url).get("X-Page-Cache") is None


def test_each_cached_response_has_its_own_nonce_matching_its_policy(client, about):
    served(client, about.url)
    nonces = set()
    for _ in range(2):
        response = Client().get(about.url)
        assert response["X-Page-Cache"] == "hit"
        nonce = NONCE.search(response.content.decode()).group(1)
        assert f"'nonce-{nonce}'" in response["Content-Security-Policy"]
        nonces.add(nonce)
    assert len(nonces) == 2


def test_a_cached_booking_form_still_books(event):
    served(Client(), event.url)
    visitor = Client(enforce_csrf_checks=True)
    state, html = served(visitor, event.url)
    assert state == "hit"
    token = CSRF.search(html).group(1)
    response = visitor.post(
        event.url,
        {
            "csrfmiddlewaretoken": token,
            "name": "Sam Taylor",
            "email": "sam@example.org",
            "places": 1,
            "consent": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Booking.objects.filter(email="sam@example.org", event=event).exists()


def test_a_booking_refreshes_places_left(client, event, django_capture_on_commit_callbacks):
    assert "5 places left" in served(client, event.url)[1]
    with django_capture_on_commit_callbacks(execute=True):
        bookings.book(event, name="Sam", email="sam@example.org", places=2)
    state, html = served(client, event.url)
    assert state == "miss"
    assert "3 places left" in html


def test_a_booking_leaves_pages_without_places_left_cached(
    client, about, event, django_capture_on_commit_callbacks
):
    served(client, about.url)
    with django_capture_on_commit_callbacks(execute=True):
        bookings.book(event, name="Sam", email="sam@example.org", places=1)
    assert served(client, about.url)[0] == "hit"


def test_resource_pages_are_cached_per_language(client, resource_index):
    resource = ResourcePageFactory(parent=resource_index, languages=["en", "pl"])
    served(client, f"{resource.url}?language=pl")
    assert served(client, f"{resource.url}?language=pl")[0] == "hit"
    assert served(client, f"{resource.url}?language=en")[0] == "miss"


def test_shared_caches_keep_pages_showing_places_left_for_less_time(
    client, settings, about, event_index
):
    settings.PUBLIC_CACHE_MAX_AGE = 300
    settings.PAGE_CACHE_AVAILABILITY_SECONDS = 60
    EventPageFactory(parent=event_index, capacity=5)
    assert client.get(about.url)["Cache-Control"] == "public, max-age=300"
    assert client.get(event_index.url)["Cache-Control"] == "public, max-age=60"
