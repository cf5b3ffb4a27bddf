"""The site's icon: linked from every page, and at /favicon.ico where browsers look anyway."""

import pytest

pytestmark = pytest.mark.django_db


def test_favicon_ico_leads_to_the_sites_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"].endswith("/img/favicon.svg")
    assert "public" in response["Cache-Control"]


def test_every_page_links_the_icon(client, home_page):
    html = client.get("/").content.decode()
    assert '<link rel="icon" href="/static/img/favicon.svg" type="image/svg+xml">' in html
