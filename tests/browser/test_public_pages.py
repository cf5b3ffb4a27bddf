"""Every public page type passes axe, works at 320 px, loads nothing from other hosts and runs
under the strict Content Security Policy without a single violation."""

import pytest
from playwright.sync_api import Error, expect

from tests.browser.accessibility import assert_accessible

PUBLIC_PAGES = {
    "home": "/",
    "setting hub": "/restaurants/",
    "standard page": "/safety/",
    "search results": "/search/?q=passports",
    "campaign index": "/campaigns/?setting=transport",
    "campaign": "/campaigns/see-it-at-the-station/",
    "resource library": "/resources/?setting=transport&language=pl",
    "resource": "/resources/kitchen-poster/?language=pl",
    "printed pack form": "/printed-packs/",
    "venue toolkit": "/venue-toolkit/?setting=transport",
    "event list": "/events/?setting=transport",
    "event archive": "/events/?when=past",
    "event": "/events/station-staff-briefing/",
    "training catalogue": "/training/",
    "training module": "/training/spotting-exploitation-on-transport/",
    "certificate check": "/training/verify/?code=NOSUCHCODE",
    "sign in": "/accounts/login/",
    "password reset": "/accounts/password_reset/",
    "privacy notice": "/privacy/",
    "search with no results": "/search/?q=zzzqqq",
    "not found": "/no-such-page/",
}


@pytest.mark.parametrize("url", PUBLIC_PAGES.values(), ids=PUBLIC_PAGES.keys())
def test_public_page_is_accessible_and_self_contained(page, url):
    response = page.goto(url)
    assert "'unsafe-inline'" not in response.headers["content-security-policy"]
    assert_accessible(page)
    assert page.request_log.foreign == []
    assert page.csp_violations() == []


@pytest.mark.parametrize("url", ["/", "/transport/"])
def test_no_horizontal_scrolling_at_320px(page, url):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(url)
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0


def test_skip_link_moves_focus_to_the_main_content(page):
    page.goto("/leisure/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    assert skip.evaluate("el => el === document.activeElement")
    assert skip.is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main-content"


def test_visitor_finds_the_signs_for_their_setting_from_the_home_page(page):
    page.goto("/")
    page.get_by_role("link", name="Transport", exact=True).click()
    assert page.url.endswith("/transport/")
    expect(page.get_by_role("heading", name="Spot the signs")).to_be_visible()
    expect(page.get_by_text("They do not hold their own ticket, money or ID")).to_be_visible()


def test_search_from_the_header(page):
    page.goto("/")
    page.get_by_label("Search the site").fill("car washes")
    page.get_by_role("button", name="Search").first.click()
    assert "/search/?q=car+washes" in page.url
    expect(page.get_by_role("link", name="Leisure and high-street services").first).to_be_visible()


def test_policy_refuses_a_script_injected_into_a_public_page(page):
    page.goto("/")
    with pytest.raises(Error, match="violates the following Content Security Policy"):
        page.add_script_tag(content="window.injected = true;")
    assert page.evaluate("window.injected === undefined")
    assert any(v.startswith("script-src") for v in page.csp_violations())
