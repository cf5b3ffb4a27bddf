"""Reading the site in Welsh and Polish, in a real browser, with axe checking each page."""

import pytest
from playwright.sync_api import expect

from tests.browser.accessibility import assert_accessible


def switcher_links(page, name):
    return page.get_by_role("navigation", name=name).get_by_role("link").all_inner_texts()


def test_switch_a_campaign_page_to_welsh(page):
    page.goto("/campaigns/behind-the-kitchen-door/")
    # Every language is offered (Romanian shows the English page in its frame).
    assert switcher_links(page, "Languages") == ["English", "Cymraeg", "Polski", "Română"]
    page.get_by_role("navigation", name="Languages").get_by_role("link", name="Cymraeg").click()

    assert page.url.endswith("/cy/campaigns/behind-the-kitchen-door/")
    assert page.locator("html").get_attribute("lang") == "cy"
    assert page.get_by_role("heading", level=1).inner_text() == "Y tu ôl i ddrws y gegin"
    expect(page.get_by_role("heading", name="Adnabod yr arwyddion")).to_be_visible()
    expect(page.get_by_role("link", name="Gadael y dudalen hon")).to_be_visible()  # quick exit
    assert "08000 121 700" in page.locator("footer").inner_text()
    assert switcher_links(page, "Ieithoedd") == ["English", "Cymraeg", "Polski", "Română"]
    assert page.locator(".language-switcher [aria-current]").inner_text() == "Cymraeg"
    assert_accessible(page)


def test_a_page_only_in_english_is_there_in_polish_marked_as_english(page):
    page.goto("/campaigns/fair-work-in-hospitality/")
    assert switcher_links(page, "Languages") == ["English", "Cymraeg", "Polski", "Română"]
    page.get_by_role("navigation", name="Languages").get_by_role("link", name="Polski").click()

    assert page.url.endswith("/pl/campaigns/fair-work-in-hospitality/")
    assert page.locator("html").get_attribute("lang") == "pl"
    assert page.get_by_role("heading", level=1).get_attribute("lang") == "en"
    assert page.get_by_role("note").inner_text().startswith("Ta strona nie została jeszcze")
    expect(page.get_by_role("link", name="Opuść tę stronę")).to_be_visible()  # quick exit
    assert page.locator("head link[hreflang]").count() == 0  # no translation: no alternates
    assert_accessible(page)


WELSH_AND_POLISH_PAGE_TYPES = [
    "",
    "transport/",
    "campaigns/",
    "campaigns/see-it-at-the-station/",
    "resources/",
    "resources/station-poster/",
    "events/",
    "events/town-hall-awareness-evening/",
    "training/",
    "training/spotting-exploitation-on-transport/",
    "privacy/",
    "safety/",
    "search/?q=passport",
    "printed-packs/",
    "venue-toolkit/?setting=transport",
]


@pytest.mark.parametrize("language", ["cy", "pl"])
def test_every_page_type_in_welsh_and_polish_is_accessible(page, language):
    for path in WELSH_AND_POLISH_PAGE_TYPES:
        page.goto(f"/{language}/{path}")
        assert page.locator("html").get_attribute("lang") == language, path
        assert page.locator(".language-switcher a").count() == 4, path
        assert_accessible(page)


def test_translated_home_and_campaign_pages_are_accessible(page):
    for path in ("/cy/", "/pl/", "/pl/campaigns/see-it-at-the-station/", "/pl/printed-packs/"):
        page.goto(path)
        assert page.locator("html").get_attribute("lang") in ("cy", "pl")
        assert_accessible(page)
