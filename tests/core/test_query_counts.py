"""Home and hub pages cost a fixed number of queries, however much content there is."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from actsite.models import SiteFurniture
from tests.core.factories import (
    HelplineFactory,
    SettingHubPageFactory,
    StandardPageFactory,
    WorkplaceSettingFactory,
)

pytestmark = pytest.mark.django_db

MAX_QUERIES = 25  # the ceiling for any public page: Wagtail's routing is about 7 of it


def add_content(home_page, size):
    """Add ``size`` each of hubs, emergency helplines and menu pages."""
    furniture = SiteFurniture.for_site(home_page.get_site())
    if not furniture.primary_helpline:
        furniture.primary_helpline = HelplineFactory()
        furniture.safety_page = StandardPageFactory(parent=home_page, title="Safety")
        furniture.save()
    HelplineFactory.create_batch(size, is_emergency=True)
    hubs = [
        SettingHubPageFactory(parent=home_page, workplace_setting=WorkplaceSettingFactory())
        for _ in range(size)
    ]
    StandardPageFactory.create_batch(size, parent=home_page, show_in_menus=True)
    return hubs


def count_queries(client, url):
    client.get(url)  # the first request warms per-process caches (content types, site root paths)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.parametrize("size", [2, 25])
def test_home_page_queries_are_bounded(client, home_page, size, django_assert_max_num_queries):
    add_content(home_page, size)
    client.get("/")
    with django_assert_max_num_queries(MAX_QUERIES):
        response = client.get("/")
    assert len(response.context["setting_hubs"]) == size


@pytest.mark.parametrize("size", [2, 25])
def test_hub_page_queries_are_bounded(client, home_page, size, django_assert_max_num_queries):
    hubs = add_content(home_page, size)
    client.get(hubs[0].url)
    with django_assert_max_num_queries(MAX_QUERIES):
        client.get(hubs[0].url)


def test_query_count_does_not_grow_with_content(client, home_page):
    hubs = add_content(home_page, 2)
    urls = ["/", hubs[0].url, "/safety/", "/search/?q=helpline", "/search/?q=safety"]
    small = {url: count_queries(client, url) for url in urls}
    add_content(home_page, 25)
    large = {url: count_queries(client, url) for url in urls}
    assert small == large, (small, large)
    assert max(large.values()) <= MAX_QUERIES, large
