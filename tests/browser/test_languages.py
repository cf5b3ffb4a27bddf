"""Reading the site in Welsh and Polish, in a real browser, with axe checking each page."""

import pytest

from tests.browser.accessibility import assert_accessible


@pytest.fixture
def demo_site(live_server, django_db_serialized_rollback, settings, demo_snapshots, demo_media):
    """The demo content with its Welsh and Polish versions."""
    settings.MEDIA_ROOT = demo_media
    demo_snapshots.load()
    return live_server


def switcher_links(page, name):
    return page.get_by_role("navigation", name=name).get_by_role("link").all_inner_texts()


def test_switch_a_campaign_page_to_welsh(page):
    page.goto("/campaigns/behind-the-kitchen-door/")
    # The demo has this campaign in Welsh and Polish, not in Romanian.
    assert switcher_links(page, "Languages") == ["English", "Cymraeg", "Polski"]
    page.get_by_role("navigation", name="Languages").get_by_role("link", name="Cymraeg").click()

    assert page.url.endswith("/cy/campaigns/behind-the-kitchen-door/")
    assert page.locator("html").get_attribute("lang") == "cy"
    assert page.get_by_role("heading", level=1).inner_text() == "Y tu ôl i ddrws y gegin"
    assert page.get_by_role("heading", name="Adnabod yr arwyddion").is_visible()
    assert page.get_by_role("link", name="Gadael y dudalen hon").is_visible()  # quick exit
    assert "08000 121 700" in page.locator("footer").inner_text()
    assert switcher_links(page, "Ieithoedd") == ["English", "Cymraeg", "Polski"]
    assert page.locator(".language-switcher [aria-current]").inner_text() == "Cymraeg"
    assert_accessible(page)


def test_page_only_in_english_offers_no_other_language(page):
    page.goto("/campaigns/fair-work-in-hospitality/")
    assert page.locator(".language-switcher").count() == 0


def test_translated_home_and_campaign_pages_are_accessible(page):
    for path in ("/cy/", "/pl/", "/pl/campaigns/see-it-at-the-station/", "/pl/printed-packs/"):
        page.goto(path)
        assert page.locator("html").get_attribute("lang") in ("cy", "pl")
        assert_accessible(page)
