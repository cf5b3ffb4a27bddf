"""manage.py load_demo_content builds a realistic site, and running it twice changes nothing."""

import io

import pytest

from django.core.management import call_command

from wagtail.models import Page, PageLogEntry, Revision, Site

from actsite.models import Helpline, HomePage, SettingHubPage, SiteFurniture, WorkplaceSetting

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def load_demo_content():
    call_command("load_demo_content", stdout=io.StringIO())


def snapshot():
    return {
        "pages": list(Page.objects.order_by("path").values_list("path", "slug", "live")),
        "revisions": Revision.objects.count(),
        "log_entries": PageLogEntry.objects.count(),
        "helplines": list(Helpline.objects.values_list("pk", "number")),
        "settings": list(WorkplaceSetting.objects.values_list("pk", "slug")),
    }


def test_demo_content_builds_the_home_page_hubs_and_helplines(client):
    load_demo_content()

    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    for slug in ("restaurants", "transport", "leisure"):
        response = client.get(f"/{slug}/")
        assert response.status_code == 200
        assert isinstance(response.context["page"], SettingHubPage)
        assert b"Spot the signs" in response.content
    assert client.get("/safety/").status_code == 200
    assert b"does not erase your browsing history" in client.get("/safety/").content

    furniture = SiteFurniture.for_site(site)
    assert furniture.primary_helpline.number == "08000 121 700"
    assert Helpline.objects.filter(number="999", is_emergency=True).exists()
    home = client.get("/").content.decode()
    assert "08000 121 700" in home and 'href="tel:999"' in home


def test_loading_twice_changes_nothing():
    load_demo_content()
    first = snapshot()
    load_demo_content()
    assert snapshot() == first


def test_an_editors_change_survives_a_reload():
    load_demo_content()
    helpline = Helpline.objects.get(number="101")
    helpline.summary = "Edited by a coordinator"
    helpline.save()
    load_demo_content()
    helpline.refresh_from_db()
    assert helpline.summary == "Edited by a coordinator"


def test_demo_content_has_campaigns_and_a_multilingual_library_with_real_pdfs(client):
    from campaigns.models import CampaignPage, ResourceFile, ResourcePage

    load_demo_content()
    for setting in ("restaurants", "transport", "leisure"):
        assert CampaignPage.objects.live().filter(workplace_settings__slug=setting).count() >= 2
    assert ResourcePage.objects.live().count() >= 12
    languages = set(ResourceFile.objects.values_list("language", flat=True))
    assert {"en", "cy", "pl", "ro", "pt"} <= languages
    resource_file = ResourceFile.objects.filter(language="pl").select_related("document").first()
    document = resource_file.document
    assert document.preview_image is not None
    response = client.get(document.url)
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert client.get("/resources/", {"language": "pl"}).context["resources"].paginator.count >= 5
