"""Cached fragments (actsite.fragment_cache): renders the page cache cannot spare (a signed-in
editor, a link with tracking parameters) reuse a campaign's posters and events, and nobody ever
sees them stale, in the wrong language, or a draft's content."""

import pytest

from django.contrib.auth.models import User
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.translation import gettext

from actsite.fragment_cache import cached_fragment
from actsite.models import SiteFurniture
from campaigns import bookings
from campaigns.models import CampaignPartner
from tests.campaigns.factories import CampaignPageFactory, EventPageFactory, ResourcePageFactory

pytestmark = pytest.mark.django_db

TRACKED = "?utm_source=poster"  # never served from the page cache


@pytest.fixture
def campaign(home_page, campaign_index, resource_index, event_index):
    SiteFurniture.for_site(home_page.get_site())
    page = CampaignPageFactory(parent=campaign_index, title="Stations", slug="stations")
    ResourcePageFactory(parent=resource_index, title="Platform poster", campaign=page)
    EventPageFactory(parent=event_index, title="Station briefing", capacity=5, campaign=page)
    return page


def render(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return response.content.decode(), len(queries)


def test_a_second_render_reuses_posters_and_events_with_fewer_queries(client, campaign):
    first, first_queries = render(client, campaign.url + TRACKED)
    second, second_queries = render(client, campaign.url + TRACKED)
    assert "Platform poster" in second and "Station briefing" in second
    assert second_queries <= first_queries - 4, (first_queries, second_queries)


def test_signed_in_editors_get_the_fragment_too(client, campaign):
    render(Client(), campaign.url + TRACKED)
    editor = User.objects.create_user("editor", "editor@example.org", "a-long-password-1")
    client.force_login(editor)
    html, _ = render(client, campaign.url)
    assert "Platform poster" in html


def test_publishing_a_new_poster_shows_at_once(client, campaign, resource_index):
    render(client, campaign.url + TRACKED)
    ResourcePageFactory(parent=resource_index, title="Ticket hall flyer", campaign=campaign)
    html, _ = render(client, campaign.url + TRACKED)
    assert "Ticket hall flyer" in html


def test_a_booking_refreshes_places_left_in_the_fragment_and_the_page_cache(
    campaign, django_capture_on_commit_callbacks
):
    event = campaign.events.get()
    render(Client(), campaign.url + TRACKED)  # stores the fragment
    html, _ = render(Client(), campaign.url)  # page-cache miss, fragment hit: page stored
    assert "5 places left" in html
    with django_capture_on_commit_callbacks(execute=True):
        bookings.book(event, name="Sam", email="sam@example.org", places=2)
    assert "3 places left" in render(Client(), campaign.url)[0]
    assert "3 places left" in render(Client(), campaign.url + TRACKED)[0]


def test_each_language_has_its_own_fragment(rf):
    request = rf.get("/")
    for language in ("en-gb", "cy", "en-gb", "cy"):
        with translation.override(language):
            html = cached_fragment(request, ["heading"], lambda: gettext("Upcoming events"))
        assert html == {"en-gb": "Upcoming events", "cy": "Digwyddiadau i ddod"}[language]


def test_a_preview_shows_the_draft_and_never_reaches_the_public(client, campaign):
    render(client, campaign.url + TRACKED)
    campaign.partners.add(CampaignPartner(name="Draft partner, not yet approved"))
    preview = campaign.make_preview_request()
    assert "Draft partner" in preview.content.decode()
    assert "Draft partner" not in render(client, campaign.url + TRACKED)[0]


def test_fragments_holding_something_per_visitor_are_never_stored(rf):
    calls = []

    def form():
        calls.append(1)
        return '<input type="hidden" name="csrfmiddlewaretoken" value="secret">'

    request = rf.get("/")
    for _ in range(2):
        cached_fragment(request, ["form"], form)
    assert len(calls) == 2
