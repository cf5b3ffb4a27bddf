"""The poster and flyer library: filters, resource pages, previews and file details."""

import pytest

from django.core.files.base import ContentFile

from tests.campaigns.factories import (
    CampaignIndexPageFactory,
    CampaignPageFactory,
    DocumentFactory,
    ImageFactory,
    ResourcePageFactory,
    poster_pdf,
    settings_named,
    tiny_png,
)
from tests.campaigns.translations import translate
from tests.core.factories import SettingHubPageFactory

pytestmark = pytest.mark.django_db


def titles(response):
    return [resource.title for resource in response.context["resources"]]


@pytest.fixture
def library(resource_index):
    return {
        "station pl": ResourcePageFactory(
            parent=resource_index, title="Station poster", languages=["en", "pl"]
        ),
        "station en": ResourcePageFactory(
            parent=resource_index,
            title="Platform card",
            kind="pocket-card",
            paper_size="credit-card",
            languages=["en"],
        ),
        "kitchen pl": ResourcePageFactory(
            parent=resource_index,
            title="Kitchen poster",
            languages=["en", "pl", "ro"],
            workplace_settings=settings_named("restaurants"),
        ),
    }


def test_filters_combine_by_setting_and_language(client, library):
    response = client.get("/resources/", {"setting": "transport", "language": "pl"})
    assert titles(response) == ["Station poster"]


def test_filter_by_kind(client, library):
    assert titles(client.get("/resources/", {"kind": "pocket-card"})) == ["Platform card"]


def test_filter_by_size(client, library):
    assert titles(client.get("/resources/", {"size": "credit-card"})) == ["Platform card"]
    assert "Platform card" not in titles(client.get("/resources/", {"size": "a4"}))


def test_the_language_filter_offers_only_languages_with_files(client, library):
    response = client.get("/resources/")
    offered = [code for code, _name in response.context["filter_form"].fields["language"].choices]
    assert sorted(offered) == ["", "en", "pl", "ro"]
    library["kitchen pl"].unpublish()  # the only Romanian file
    offered = client.get("/resources/").context["filter_form"].fields["language"].choices
    assert "ro" not in [code for code, _name in offered]


def test_no_filters_lists_everything_live(client, library):
    library["kitchen pl"].unpublish()
    assert titles(client.get("/resources/")) == ["Platform card", "Station poster"]


def test_unknown_filter_values_are_reported_and_ignored(client, library):
    response = client.get("/resources/", {"kind": "banner", "setting": "transport"})
    assert response.status_code == 200
    assert b"Some filters were not recognised" in response.content
    assert titles(response) == ["Platform card", "Station poster"]


def test_pagination_keeps_the_filters(client, resource_index):
    for n in range(14):
        ResourcePageFactory(parent=resource_index, title=f"Poster {n:02d}", languages=["pl"])
    first = client.get("/resources/", {"language": "pl"})
    assert len(first.context["resources"]) == 12
    assert b'href="?language=pl&amp;page=2"' in first.content
    second = client.get("/resources/", {"language": "pl", "page": 2})
    assert len(second.context["resources"]) == 2


def test_resource_page_puts_the_chosen_language_first(client, library):
    page = library["kitchen pl"]
    response = client.get(page.url, {"language": "pl"})
    assert [f.language for f in response.context["files"]] == ["pl", "en", "ro"]
    html = response.content.decode()
    assert html.index('lang="pl">Polski') < html.index('lang="en">English')


def test_resource_page_shows_file_type_and_size(client, library):
    response = client.get(library["station pl"].url)
    document = library["station pl"].files.first().document
    assert document.file_type_label == "PDF"
    assert f"PDF, {document.size_label}" in response.content.decode()
    assert "KB" in document.size_label


def test_preview_is_generated_from_the_first_page_of_the_pdf(library):
    document = library["station pl"].files.first().document
    document.refresh_from_db()
    assert document.preview_image is not None
    assert document.preview_image.width == 600
    assert library["station pl"].preview == document.preview_image


def test_preview_is_regenerated_when_the_file_changes():
    document = DocumentFactory()
    first_preview = document.preview_image
    document.file = ContentFile(poster_pdf("A different heading"), name="new.pdf")
    document._set_document_file_metadata()
    document.save()
    document.refresh_from_db()
    assert document.preview_image != first_preview


def test_an_uploaded_preview_overrides_the_generated_one(library):
    image = ImageFactory()
    page = library["station pl"]
    page.preview_image = image
    page.save_revision().publish()
    assert page.preview == image


def test_a_file_that_is_not_a_pdf_gets_no_preview_and_still_works():
    document = DocumentFactory(file=ContentFile(tiny_png(), name="poster.png"))
    assert document.preview_image is None
    assert document.file_type_label == "PNG"


def test_a_damaged_pdf_is_kept_without_a_preview():
    document = DocumentFactory(file=ContentFile(b"%PDF-1.4 not really", name="broken.pdf"))
    assert document.pk and document.preview_image is None


def test_text_alternative_is_on_the_page(client, library):
    response = client.get(library["station pl"].url)
    assert b"What the poster says" in response.content
    assert b"Is someone being exploited? Call 08000 121 700." in response.content


def test_setting_hub_lists_its_resources(client, home_page, library):
    SettingHubPageFactory(parent=home_page, workplace_setting=settings_named("restaurants")[0])
    html = client.get("/restaurants/").content.decode()
    assert "Kitchen poster" in html
    assert "Station poster" not in html
    assert 'href="/resources/?setting=restaurants"' in html


def test_a_translated_resource_leads_to_its_campaign_in_the_visitors_language(
    client, home_page, resource_index
):
    campaign = CampaignPageFactory(
        parent=CampaignIndexPageFactory(parent=home_page), title="See it at the station"
    )
    resource = ResourcePageFactory(parent=resource_index, campaign=campaign, languages=["pl"])
    polish_campaign = translate(campaign, "pl", title="Zauważ to na dworcu")
    # Translated before the campaign was: it still points at the English original.
    polish_resource = translate(resource, "pl", title="Plakat na dworzec")
    assert polish_resource.campaign_id == campaign.pk

    html = client.get(polish_resource.url).content.decode()
    assert f'<a href="{polish_campaign.url}">Zauważ to na dworcu</a>' in html
    assert polish_campaign.url.startswith("/pl/")
    # In English the original, and a draft translation is never offered.
    assert (
        f'<a href="{campaign.url}">See it at the station</a>'
        in client.get(resource.url).content.decode()
    )
    polish_campaign.refresh_from_db()  # published through its revision
    polish_campaign.unpublish()
    assert (
        f'<a href="{campaign.url}">See it at the station</a>'
        in client.get(polish_resource.url).content.decode()
    )
