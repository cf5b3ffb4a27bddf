"""A poster's QR code address counts the scan (resource, language, month; nothing about the
person) and leads to the campaign page in the poster's language."""

import pytest

from django.utils import timezone

from actsite.models import SettingHubPage
from campaigns.models import ScanCount
from campaigns.scans import scan_path, scan_url
from tests.campaigns.factories import CampaignPageFactory, ResourcePageFactory
from tests.campaigns.translations import translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def campaign(campaign_index):
    return CampaignPageFactory(parent=campaign_index, title="Safe stations", slug="safe-stations")


@pytest.fixture
def poster(resource_index, campaign):
    return ResourcePageFactory(
        parent=resource_index, title="Station poster", languages=["en", "pl"], campaign=campaign
    )


def test_a_scan_is_counted_per_language_and_month_and_leads_to_the_campaign(client, poster):
    response = client.get(scan_path(poster.pk, "en"), REMOTE_ADDR="203.0.113.7")
    client.get(scan_path(poster.pk, "en"))
    client.get(scan_path(poster.pk, "pl"))

    assert response.status_code == 302
    assert response["Location"] == "/campaigns/safe-stations/"
    assert "no-store" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    counts = {c.language: c.count for c in ScanCount.objects.filter(resource=poster)}
    assert counts == {"en": 2, "pl": 1}
    month = ScanCount.objects.filter(resource=poster).values_list("month", flat=True).first()
    assert month == timezone.localdate().replace(day=1)
    fields = {field.name for field in ScanCount._meta.get_fields()}
    assert fields == {"id", "resource", "language", "month", "count"}


def test_a_polish_poster_leads_to_the_polish_campaign_page(client, poster, campaign):
    polish = translate(campaign, "pl", title="Bezpieczne stacje")

    response = client.get(scan_path(poster.pk, "pl"))

    assert response["Location"] == polish.url
    assert response["Location"].startswith("/pl/")
    assert client.get(response["Location"]).status_code == 200


def test_without_a_campaign_the_code_leads_to_the_setting_hub(client, resource_index):
    poster = ResourcePageFactory(parent=resource_index, title="Hub poster", campaign=None)
    hub = SettingHubPage.objects.filter(workplace_setting__slug="transport").first()

    response = client.get(scan_path(poster.pk, "en"))

    assert response.status_code == 302
    assert response["Location"] == (hub.url if hub else poster.url)


@pytest.mark.parametrize("path", ["/r/999999/en/", "/r/99999999999999999999999/en/", "/r/1/xx/"])
def test_unknown_codes_are_not_found_and_not_counted(client, poster, path):
    assert client.get(path).status_code == 404
    assert client.get(scan_path(poster.pk, "ro")).status_code == 302  # no Romanian file
    assert not ScanCount.objects.filter(language="ro").exists()


@pytest.mark.parametrize("language", ["pl", "cy"])
def test_a_poster_taken_down_says_so_in_the_posters_language(client, poster, language):
    poster.unpublish()
    response = client.get(scan_path(poster.pk, language))
    assert response.status_code == 404
    assert f'<html lang="{language}"' in response.content.decode()
    assert client.get("/r/999999/en/").content.decode().count('<html lang="en')


def test_a_head_request_is_not_counted(client, poster):
    assert client.head(scan_path(poster.pk, "en")).status_code == 302
    assert not ScanCount.objects.exists()


def test_the_code_address_is_on_the_public_site(poster):
    assert scan_url(poster.pk, "pl") == f"http://localhost/r/{poster.pk}/pl/"


def test_editors_see_scans_beside_downloads(admin_client, poster):
    client_scan = scan_path(poster.pk, "pl")
    admin_client.get(client_scan)
    response = admin_client.get("/admin/reports/downloads/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "QR scans" in html
    assert "Station poster" in html


def test_editors_get_each_files_qr_code_for_their_own_designs(admin_client, client, poster):
    edit = admin_client.get(f"/admin/pages/{poster.pk}/edit/").content.decode()
    url = f"/r/{poster.pk}/pl/qr.svg"
    assert url in edit

    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    svg = response.content.decode()
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    assert f"http://localhost/r/{poster.pk}/pl/" in svg  # in its title
    assert not ScanCount.objects.exists()
    assert client.get(f"/r/{poster.pk}/ro/qr.svg").status_code == 404
