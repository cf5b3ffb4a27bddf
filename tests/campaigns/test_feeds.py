"""Subscriptions: upcoming events as an iCalendar feed (read by two parsers), and campaigns and
events as RSS and Atom, per workplace setting and in every language; linked from the indexes,
cached like pages, and never carrying an online event's join link."""

from datetime import timedelta
from xml.etree import ElementTree

import icalendar
import pytest
import vobject

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.campaigns.factories import CampaignPageFactory, EventPageFactory, settings_named
from tests.campaigns.translations import translate

pytestmark = pytest.mark.django_db

JOIN = "https://meet.example.test/secret-room-4711"
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def events(event_index):
    soon = timezone.now() + timedelta(days=3)
    station = EventPageFactory(
        parent=event_index,
        slug="station",
        title="Station staff briefing",
        workplace_settings=settings_named("transport"),
        starts_at=soon,
        ends_at=soon + timedelta(hours=2),
    )
    online = EventPageFactory(
        parent=event_index,
        slug="online",
        title="Online briefing",
        venue_name="",
        venue_address="",
        online_url=JOIN,
        workplace_settings=settings_named("restaurants"),
        starts_at=soon + timedelta(days=1),
        ends_at=soon + timedelta(days=1, hours=1),
    )
    past = EventPageFactory(
        parent=event_index,
        slug="past",
        title="Last year's briefing",
        starts_at=timezone.now() - timedelta(days=30),
        ends_at=timezone.now() - timedelta(days=30) + timedelta(hours=1),
    )
    return station, online, past


def calendar_titles(data):
    """The VEVENT summaries, checked to read the same in icalendar and vobject, zoned."""
    text = data.decode()
    calendar = icalendar.Calendar.from_ical(text)
    assert calendar.walk("VTIMEZONE"), "the feed carries its time zone"
    ours = {str(e["uid"]): e for e in calendar.walk("VEVENT")}
    theirs = {e.uid.value: e for e in vobject.readOne(text).vevent_list}
    assert ours.keys() == theirs.keys()
    for uid, event in ours.items():
        assert event["dtstart"].dt == theirs[uid].dtstart.value
        assert theirs[uid].dtstart.value.tzinfo is not None, "floating time"
    return [str(event["summary"]) for event in ours.values()]


def test_the_events_feed_lists_upcoming_events_without_join_links(client, events):
    station, online, past = events
    response = client.get("/events/feed.ics")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar"
    assert "public" in response["Cache-Control"]
    assert calendar_titles(response.content) == ["Station staff briefing", "Online briefing"]
    assert JOIN not in response.text and "secret-room" not in response.text
    # The same UID as the event's own file, so a calendar app keeps one entry.
    single = icalendar.Calendar.from_ical(client.get(f"{station.url}calendar/").content)
    assert str(next(iter(single.walk("VEVENT")))["uid"]) in response.text


def test_the_events_feed_per_setting_and_in_polish(client, events):
    station, online, past = events
    assert calendar_titles(client.get("/events/feed.ics?setting=transport").content) == [
        "Station staff briefing"
    ]
    translate(station, "pl", title="Odprawa dla personelu dworca")
    polish = client.get("/pl/events/feed.ics")
    assert polish.status_code == 200
    assert calendar_titles(polish.content) == ["Odprawa dla personelu dworca", "Online briefing"]


def test_rss_and_atom_for_events_and_campaigns(client, events, campaign_index):
    CampaignPageFactory(parent=campaign_index, title="Behind the kitchen door", slug="kitchen")
    rss = ElementTree.fromstring(client.get("/events/feed.rss").content)  # noqa: S314 - our own
    items = rss.findall("./channel/item")
    assert [item.findtext("title") for item in items] == [
        "Station staff briefing",
        "Online briefing",
    ]
    assert items[0].findtext("link") == "http://localhost/events/station/"
    assert JOIN not in client.get("/events/feed.rss").text
    atom = ElementTree.fromstring(client.get("/campaigns/feed.atom").content)  # noqa: S314 - ours
    entries = atom.findall(f"{ATOM}entry")
    assert [entry.findtext(f"{ATOM}title") for entry in entries] == ["Behind the kitchen door"]
    assert entries[0].find(f"{ATOM}link").get("href") == "http://localhost/campaigns/kitchen/"
    welsh = client.get("/cy/campaigns/feed.rss")
    assert welsh.status_code == 200 and "Behind the kitchen door" in welsh.text


def test_the_indexes_link_their_feeds(client, events, campaign_index):
    page = client.get("/events/?setting=transport").text
    assert (
        '<link rel="alternate" type="text/calendar" title="Events (ICS)" '
        'href="http://localhost/events/feed.ics?setting=transport">'
    ) in page
    assert 'href="/events/feed.ics?setting=transport" type="text/calendar">' in page
    assert 'type="application/rss+xml"' in client.get("/campaigns/").text


def test_feeds_only_where_an_index_offers_them(client, events, campaign_index):
    assert client.get("/campaigns/feed.ics").status_code == 404  # campaigns have no dates
    assert client.get("/events/station/feed.rss").status_code == 404  # not an index
    assert client.get("/no-such-page/feed.rss").status_code == 404


def test_publishing_an_event_purges_its_index_feeds(event_index):
    paths = event_index.specific.get_cached_paths()
    assert {"/feed.ics", "/feed.rss", "/feed.atom", "/feed.ics?setting=transport"} <= set(paths)


@pytest.mark.parametrize("count", [3, 30])
def test_the_calendar_feed_costs_the_same_queries_for_3_or_30_events(client, event_index, count):
    soon = timezone.now() + timedelta(days=2)
    for number in range(count):
        event = EventPageFactory(
            parent=event_index, slug=f"e{number}", starts_at=soon, ends_at=soon + timedelta(hours=1)
        )
        translate(event, "pl", title=f"Wydarzenie {number}")
    client.get("/pl/events/feed.ics")  # warm the site's own caches (root paths)
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/pl/events/feed.ics")
    assert response.status_code == 200 and response.text.count("BEGIN:VEVENT") == count
    assert len(queries) <= 20, [q["sql"][:120] for q in queries]
