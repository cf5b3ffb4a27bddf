"""The HTTP cache in front of the site lets go of every page that shows what changed.

Wagtail's frontend cache sends the purges (here to a backend that records them); these tests
check *which* addresses go: the page in every language, the pages that list it, and
everything when a snippet on every page changes. tests/services/test_nginx.py checks the real
nginx obeys them.
"""

import pytest

from wagtail.contrib.frontend_cache.backends.base import BaseBackend
from wagtail.models import Locale

from actsite import purging
from actsite.models import Helpline, WorkplaceSetting
from campaigns.events import bookings
from tests.campaigns.factories import (
    CampaignPageFactory,
    EventPageFactory,
    settings_named,
)
from tests.core.factories import SettingHubPageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db

PURGED = []


class RecordingBackend(BaseBackend):
    def purge(self, url):
        PURGED.append(url)


@pytest.fixture
def purged(settings, django_capture_on_commit_callbacks):
    settings.WAGTAILFRONTENDCACHE = {"test": {"BACKEND": f"{__name__}.RecordingBackend"}}
    PURGED.clear()

    class Purged:
        def during(self, action):
            """Run ``action`` and commit: the set of paths purged."""
            PURGED.clear()
            with django_capture_on_commit_callbacks(execute=True):
                action()
            return {url.removeprefix("http://localhost") for url in PURGED}

    return Purged()


@pytest.fixture
def transport_hub(home_page):
    setting = WorkplaceSetting.objects.get(slug="transport", locale=Locale.get_default())
    return SettingHubPageFactory(parent=home_page, workplace_setting=setting)


def polish(page):
    translated = page.copy_for_translation(
        Locale.objects.get(language_code="pl"), copy_parents=True
    )
    translated.save_revision().publish()
    return translated


def test_publishing_a_campaign_purges_it_its_index_hub_and_home_in_every_language(
    purged, campaign_index, transport_hub, home_page
):
    campaign = CampaignPageFactory(parent=campaign_index, slug="at-the-station")
    polish_campaign = polish(campaign)
    paths = purged.during(lambda: campaign.save_revision().publish())
    assert {
        "/campaigns/at-the-station/",
        polish_campaign.url,
        "/campaigns/",
        "/campaigns/?setting=transport",
        "/transport/",
        "/",
    } <= paths
    assert "/restaurants/" not in paths  # a hub that does not list it stays cached


def test_unpublishing_and_deleting_purge_the_page_and_its_listings(
    purged, campaign_index, transport_hub
):
    campaign = CampaignPageFactory(parent=campaign_index, slug="gone-soon")
    assert {"/campaigns/gone-soon/", "/campaigns/", "/transport/"} <= purged.during(
        campaign.unpublish
    )
    campaign.save_revision().publish()
    assert {"/campaigns/gone-soon/", "/campaigns/"} <= purged.during(campaign.delete)


def test_moving_a_page_purges_its_old_and_new_addresses(purged, home_page):
    old_parent = StandardPageFactory(parent=home_page, slug="old")
    new_parent = StandardPageFactory(parent=home_page, slug="new")
    page = StandardPageFactory(parent=old_parent, slug="advice")
    paths = purged.during(lambda: page.move(new_parent, pos="last-child"))
    assert {"/old/advice/", "/old/", "/new/advice/", "/new/"} <= paths


def test_a_booking_and_a_cancellation_purge_the_event_and_what_lists_it(
    purged, event_index, campaign_index, transport_hub
):
    campaign = CampaignPageFactory(parent=campaign_index, slug="station")
    event = EventPageFactory(
        parent=event_index, slug="town-hall", campaign=campaign, capacity=5,
        workplace_settings=settings_named("transport"),
    )  # fmt: skip
    polish_event = polish(event)
    booked = purged.during(
        lambda: bookings.book(event, name="Ola", email="ola@example.org", places=1)
    )
    expected = {
        "/events/town-hall/",
        "/events/town-hall/calendar/",
        polish_event.url,
        "/events/",
        "/events/?setting=transport",
        "/campaigns/station/",
        "/transport/",
        "/",
    }
    assert expected <= booked
    booking = event.bookings.get()
    assert expected <= purged.during(lambda: bookings.cancel_booking(booking))


def test_editing_a_helpline_purges_every_page(purged, home_page, campaign_index):
    CampaignPageFactory(parent=campaign_index, slug="kitchens")
    helpline = Helpline.objects.create(name="Helpline", number="08000 121 700")
    paths = purged.during(lambda: helpline.save())
    assert {"/", "/campaigns/", "/campaigns/kitchens/"} <= paths


def test_nothing_is_purged_without_a_frontend_cache(settings, campaign_index, monkeypatch):
    settings.WAGTAILFRONTENDCACHE = {}

    monkeypatch.setattr(purging, "pages_showing", lambda page: pytest.fail("worked out"))
    CampaignPageFactory(parent=campaign_index).save_revision().publish()
