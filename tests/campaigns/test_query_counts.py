"""Campaign, library and event pages cost a fixed number of queries, however many there are."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from campaigns.events import bookings
from tests.campaigns.factories import (
    CampaignPageFactory,
    EventPageFactory,
    ResourcePageFactory,
    settings_named,
)
from tests.core.factories import SettingHubPageFactory

pytestmark = pytest.mark.django_db

MAX_QUERIES = 25  # the ceiling for any public page: Wagtail's routing is about 7 of it


def add_content(campaign_index, resource_index, event_index, size):
    campaigns = [CampaignPageFactory(parent=campaign_index) for _ in range(size)]
    for n in range(size):
        event = EventPageFactory(parent=event_index, campaign=campaigns[0], capacity=size)
        bookings.book(event, name="Sam", email=f"p{n}@example.org", places=1)
    for _ in range(size):
        ResourcePageFactory(
            parent=resource_index,
            languages=["en", "pl"],
            campaign=campaigns[0],
            workplace_settings=settings_named("transport", "leisure"),
        )
    return campaigns[0]


def queries_for(client, url):
    client.get(url)  # warm per-process caches, renditions, documents' sizes and hashes
    client.get(url)  # and anything the first render saved (a rare CI failure: see issue 7 notes)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_pages_cost_the_same_with_little_and_much_content(
    client, home_page, campaign_index, resource_index, event_index
):
    SettingHubPageFactory(parent=home_page, workplace_setting=settings_named("transport")[0])
    campaign = add_content(campaign_index, resource_index, event_index, 2)
    urls = [
        "/campaigns/",
        "/campaigns/?setting=transport",
        campaign.url,
        "/resources/",
        "/resources/?setting=transport&language=pl&kind=poster",
        "/transport/",
        "/printed-packs/",
        "/events/",
        "/events/?setting=transport",
        "/events/?when=past",
    ]
    resource_url = resource_index.get_children().first().url
    event_url = event_index.get_children().first().url
    urls += [resource_url, event_url, f"{event_url}calendar/"]
    small = {url: queries_for(client, url) for url in urls}
    add_content(campaign_index, resource_index, event_index, 14)
    large = {url: queries_for(client, url) for url in urls}
    assert small == large
    assert max(large.values()) <= MAX_QUERIES, large
