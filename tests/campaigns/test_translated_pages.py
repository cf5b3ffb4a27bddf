"""The public site in Welsh, Polish and Romanian: language-prefixed addresses, a switcher that
offers every language, translated interface and helplines, and each
translation's own content with English shown where nothing is translated yet."""

import datetime
import io
import re

import pytest

from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from campaigns.events import bookings
from campaigns.models import Booking
from tests.campaigns.factories import (
    CampaignPageFactory,
    EventPageFactory,
    ResourcePageFactory,
)
from tests.campaigns.translations import translate
from tests.core.factories import HelplineFactory

pytestmark = pytest.mark.django_db


def switcher(html):
    """The languages the switcher links to, as {hreflang: href}."""
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S)
    if nav is None:
        return {}
    return {
        lang: href for href, lang in re.findall(r'<a href="([^"]+)" lang="([^"]+)"', nav.group(0))
    }


@pytest.fixture
def welsh_campaign(campaign_index):
    campaign = CampaignPageFactory(parent=campaign_index, title="Behind the kitchen door")
    translate(campaign.get_parent().get_parent(), "cy", title="Gweithredu yn erbyn Masnachu Pobl")
    return campaign, translate(
        campaign, "cy", title="Y tu ôl i ddrws y gegin", summary="Sylwch ar yr arwyddion."
    )


def test_welsh_page_is_served_under_cy_in_welsh(client, welsh_campaign):
    english, welsh = welsh_campaign
    assert welsh.url.startswith("/cy/")
    html = client.get(welsh.url).content.decode()
    assert '<html lang="cy">' in html
    assert "Y tu ôl i ddrws y gegin" in html
    assert "Neidio i'r prif gynnwys" in html  # "Skip to main content", from the catalogue
    assert "Gadael y dudalen hon" in html  # the quick exit button
    assert f'<link rel="alternate" hreflang="en-GB" href="http://testserver{english.url}">' in html
    assert f'<link rel="alternate" hreflang="cy" href="http://testserver{welsh.url}">' in html


def test_switcher_offers_every_language_and_hreflang_only_the_translations(client, welsh_campaign):
    english, welsh = welsh_campaign
    html = client.get(english.url).content.decode()
    assert '<html lang="en-GB">' in html
    # No Polish or Romanian version (trees not synchronised here): their home pages.
    assert switcher(html) == {"en-GB": english.url, "cy": welsh.url, "pl": "/pl/", "ro": "/ro/"}
    assert 'hreflang="pl"' not in html.split("</head>")[0]
    assert f'hreflang="x-default" href="http://testserver{english.url}"' in html


def test_page_in_one_language_has_the_switcher_but_no_alternates(client, campaign_index):
    only_english = CampaignPageFactory(parent=campaign_index)
    html = client.get(only_english.url).content.decode()
    assert set(switcher(html)) == {"en-GB", "cy", "pl", "ro"}
    assert "hreflang" not in html.split("</head>")[0]


def test_draft_translation_is_not_offered(client, campaign_index):
    campaign = CampaignPageFactory(parent=campaign_index)
    translate(campaign, "pl", publish=False, title="Szkic")
    html = client.get(campaign.url).content.decode()
    assert switcher(html)["pl"] == "/pl/"
    assert "hreflang" not in html.split("</head>")[0]


def test_forms_outside_the_page_tree_exist_in_every_language(client, home_page):
    html = client.get("/pl/printed-packs/").content.decode()
    assert '<html lang="pl">' in html
    assert "Zamów wydrukowane plakaty i ulotki" in html
    assert switcher(html) == {
        "en-GB": "/printed-packs/",
        "cy": "/cy/printed-packs/",
        "pl": "/pl/printed-packs/",
        "ro": "/ro/printed-packs/",
    }


def test_bad_input_in_polish_gets_polish_errors_and_keeps_what_was_typed(client, home_page):
    response = client.post(
        "/pl/printed-packs/",
        {"form-TOTAL_FORMS": "1", "form-INITIAL_FORMS": "0", "venue_name": "Dworzec"},
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert "Wystąpił problem" in html  # "There is a problem"
    assert 'value="Dworzec"' in html


def test_welsh_index_lists_translations_and_untranslated_originals_once(client, welsh_campaign):
    english, welsh = welsh_campaign
    untranslated = CampaignPageFactory(parent=english.get_parent(), title="Night-time economy")
    welsh_index = welsh.get_parent()
    html = client.get(welsh_index.url).content.decode()
    assert "Y tu ôl i ddrws y gegin" in html
    assert "Night-time economy" in html  # English until someone translates it
    assert "Behind the kitchen door" not in html  # shown once, in Welsh
    assert untranslated.url in html


def test_footer_helplines_are_shown_in_the_visitors_language(client, welsh_campaign):
    english, welsh = welsh_campaign
    helpline = HelplineFactory(name="Modern Slavery Helpline", number="08000 121 700")
    translate(helpline, "cy", name="Llinell Gymorth Caethwasiaeth Fodern")
    assert "Llinell Gymorth Caethwasiaeth Fodern" in client.get(welsh.url).content.decode()
    english_html = client.get(english.url).content.decode()
    assert "Modern Slavery Helpline" in english_html
    assert "Llinell Gymorth" not in english_html


def downloads(html):
    return re.findall(r'class="button button--download" href="[^"]*" hreflang="([^"]+)"', html)


def test_polish_resource_page_offers_the_polish_file_first(client, resource_index):
    resource = ResourcePageFactory(parent=resource_index, languages=["en", "ro", "pl"])
    polish = translate(resource, "pl", title="Rozpoznaj sygnały")
    polish_downloads = downloads(client.get(polish.url).content.decode())
    english_downloads = downloads(client.get(resource.url).content.decode())
    assert polish_downloads[0] == "pl" and english_downloads[0] == "en"
    assert sorted(polish_downloads) == sorted(english_downloads) == ["en", "pl", "ro"]


def test_library_language_filter_uses_the_sites_language_codes(client, resource_index):
    ResourcePageFactory(parent=resource_index, title="Welsh poster", languages=["en", "cy"])
    ResourcePageFactory(parent=resource_index, title="English poster", languages=["en"])
    html = client.get("/resources/?language=cy").content.decode()
    assert "Welsh poster" in html
    assert "English poster" not in html


def test_translated_event_shares_the_originals_places(client, event_index):
    event = EventPageFactory(parent=event_index, capacity=2)
    polish = translate(event, "pl", title="Szkolenie: jak rozpoznać wyzysk")
    bookings.book(event, name="Sam", email="sam@example.org", places=1, language="en-gb")
    html = client.get(polish.url).content.decode()
    assert "Zostało 1 miejsce" in html  # places left, counted on the original
    response = client.post(
        f"{polish.url}book/",
        {"name": "Ola", "email": "ola@example.org", "places": "1", "consent": "on"},
    )
    assert response.status_code == 302
    booking = Booking.objects.get(email="ola@example.org")
    assert booking.event_id == event.pk and booking.language == "pl"
    assert client.get(polish.url).content.decode().count("Brak miejsc") == 1  # full, everywhere
    assert "Fully booked" in client.get(event.url).content.decode()


def test_welsh_listing_costs_the_same_with_few_and_many_untranslated_pages(client, welsh_campaign):
    english, welsh = welsh_campaign
    index_url = welsh.get_parent().url

    def cost():
        client.get(index_url)
        client.get(index_url)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(index_url).status_code == 200
        return len(captured)

    CampaignPageFactory(parent=english.get_parent())
    few = cost()
    for _ in range(8):
        CampaignPageFactory(parent=english.get_parent())
    assert cost() == few <= 25


def test_each_language_has_its_own_preview_and_text_alternative(client, resource_index):
    resource = ResourcePageFactory(parent=resource_index, languages=["en", "pl", "bg"])
    files = {f.language: f for f in resource.files.all()}
    files["pl"].text_alternative = "Czy ktoś jest wykorzystywany?\n\nZadzwoń: 08000 121 700."
    files["bg"].text_alternative = "Някой експлоатиран ли е?"
    for resource_file in files.values():
        resource_file.save()
    polish = translate(resource, "pl", title="Rozpoznaj sygnały")

    response = client.get(polish.url)
    html = response.content.decode()
    assert response.context["preview"] == files["pl"].document.preview_image
    assert '<div class="prose" lang="pl"><p>Czy ktoś jest wykorzystywany?</p>' in html
    # The other language with its own words is there too, marked as that language.
    assert '<div class="prose" lang="bg"><p>Някой експлоатиран ли е?</p></div>' in html
    assert 'W języku: <span lang="bg">' in html

    english = client.get(resource.url)
    assert english.context["preview"] == files["en"].document.preview_image
    assert "Is someone being exploited? Call 08000 121 700." in english.content.decode()

    chosen = client.get(resource.url, {"language": "bg"})
    assert chosen.context["preview"] == files["bg"].document.preview_image
    assert '<div class="prose" lang="bg"><p>Някой' in chosen.content.decode()


def test_a_polish_campaign_pages_posters_link_to_their_polish_pages(
    client, campaign_index, resource_index
):
    campaign = CampaignPageFactory(parent=campaign_index, title="See it at the station")
    translated = ResourcePageFactory(parent=resource_index, campaign=campaign, title="Station")
    untranslated = ResourcePageFactory(parent=resource_index, campaign=campaign, title="Platform")
    call_command("sync_page_trees", verbosity=0, stdout=io.StringIO())
    polish_campaign = translate(campaign, "pl", title="Zauważ to na stacji")
    polish_poster = translate(translated, "pl", title="Plakat na stację")
    polish_alias = untranslated.get_translation(polish_campaign.locale)

    html = client.get(polish_campaign.url).content.decode()
    section = html[html.index('id="campaign-resources"') :]
    links = re.findall(r'href="(/[^"]*resources/[^"]+/)"', section)
    assert sorted(links) == sorted([polish_poster.url, polish_alias.url])
    assert all(link.startswith("/pl/") for link in links)
    assert "Plakat na stację" in section


def test_dates_read_as_polish_writes_them(client, campaign_index):
    campaign = CampaignPageFactory(parent=campaign_index, starts_on=datetime.date(2026, 3, 2))
    polish = translate(campaign, "pl", title="Zauważ to na stacji")
    html = client.get(polish.url).content.decode()
    assert "2 marca 2026" in html  # the month after a day, as Polish writes it
    assert "Marzec" not in html
