"""Event listings: upcoming by setting, the archive, hubs and campaign pages, editing rules."""

import pytest

from django.core.exceptions import ValidationError

from campaigns.events import bookings
from tests.campaigns.factories import (
    CampaignPageFactory,
    EventPageFactory,
    in_days,
    settings_named,
)
from tests.core.factories import SettingHubPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def events(event_index):
    return {
        "station": EventPageFactory(
            parent=event_index,
            title="Briefing for station staff",
            workplace_settings=settings_named("transport"),
            starts_at=in_days(3),
        ),
        "restaurant": EventPageFactory(
            parent=event_index,
            title="Training for restaurant owners",
            workplace_settings=settings_named("restaurants"),
            starts_at=in_days(6),
        ),
        "past": EventPageFactory(
            parent=event_index,
            title="Awareness evening last year",
            starts_at=in_days(-30),
            ends_at=in_days(-30, 20),
        ),
    }


def test_the_index_lists_upcoming_events_soonest_first(client, events):
    page = client.get("/events/").text
    assert page.index("Briefing for station staff") < page.index("Training for restaurant owners")
    assert "Awareness evening last year" not in page


def test_the_index_filters_by_setting_and_keeps_an_archive(client, events):
    transport = client.get("/events/?setting=transport").text
    assert "Briefing for station staff" in transport
    assert "Training for restaurant owners" not in transport
    archive = client.get("/events/?when=past").text
    assert "Awareness evening last year" in archive and "This event has taken place" in archive
    assert "Briefing for station staff" not in archive


def test_listings_show_places_left(client, events):
    bookings.book(events["station"], name="A", email="a@example.org", places=4)
    assert "16 places left" in client.get("/events/?setting=transport").text


def test_setting_hubs_and_campaign_pages_list_upcoming_events(
    client, home_page, campaign_index, events
):
    SettingHubPageFactory(parent=home_page, workplace_setting=settings_named("transport")[0])
    hub = client.get("/transport/").text
    assert "Upcoming events" in hub and "Briefing for station staff" in hub
    assert "/events/?setting=transport" in hub
    assert "Training for restaurant owners" not in hub

    campaign = CampaignPageFactory(parent=campaign_index)
    station = events["station"]
    station.campaign = campaign
    station.save_revision().publish()
    assert "Briefing for station staff" in client.get(campaign.url).text


def test_an_event_must_end_after_it_starts_and_have_a_place(event_index):
    event = EventPageFactory.build(starts_at=in_days(3, 18), ends_at=in_days(3, 17))
    with pytest.raises(ValidationError, match="end after it starts"):
        event.clean()
    event = EventPageFactory.build(venue_name="", online_url="")
    with pytest.raises(ValidationError, match="Give a venue"):
        event.clean()


def test_capacity_cannot_drop_below_places_already_booked(events):
    event = events["station"]
    bookings.book(event, name="A", email="a@example.org", places=4)
    event.capacity = 3
    with pytest.raises(ValidationError, match="4 places are already booked"):
        event.clean()
