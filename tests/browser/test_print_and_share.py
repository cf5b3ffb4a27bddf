"""Printing and sharing pages, and the small things a visitor's eye and thumb notice."""

import io
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from django.core.management import call_command

from wagtail.models import Locale

from campaigns.models import EventPage
from tests.browser.accessibility import assert_accessible

PASSWORD = "a demo password for browser tests"


def computed(locator, prop, pseudo=None):
    return locator.evaluate(
        "(el, [prop, pseudo]) => getComputedStyle(el, pseudo).getPropertyValue(prop)",
        [prop, pseudo],
    )


def luminance(rgb):
    red, green, blue = (int(part) for part in rgb[rgb.index("(") + 1 : -1].split(",")[:3])
    return (red + green + blue) / 3


@pytest.mark.parametrize("path", ["/transport/", "/resources/", "/events/"])
def test_printed_pages_show_content_helpline_and_address_without_navigation(page, path):
    page.goto(path)
    page.locator("main .card__title a").first.click()
    page.emulate_media(media="print")

    expect(page.locator(".site-nav")).to_be_hidden()
    expect(page.locator(".quick-exit").first).to_be_hidden()
    expect(page.locator(".share")).to_be_hidden()
    expect(page.locator(".site-header__helpline")).to_be_visible()
    assert "08000 121 700" in page.locator(".site-header__helpline").inner_text()
    address = page.locator(".print-url")
    expect(address).to_be_visible()
    printed = computed(address, "content", "::after").strip('"')
    assert printed.startswith("http") and printed.endswith(urlsplit(page.url).path)
    for text in page.locator("main p, main h1, main h2").all()[:20]:
        if text.is_visible():
            assert luminance(computed(text, "color")) < 60, text.inner_text()
    answers = page.locator(".accordion__answer")
    for answer in answers.all():
        expect(answer).to_be_visible()  # FAQ answers printed open


def test_a_campaigns_faq_answers_are_printed_open(page):
    page.goto("/transport/")
    page.locator("main .card__title a").first.click()
    answers = page.locator(".accordion__answer")
    assert answers.count() > 0
    expect(answers.first).to_be_hidden()  # on screen, closed until asked
    page.emulate_media(media="print")
    for answer in answers.all():
        expect(answer).to_be_visible()
    page.pdf()  # and Chromium can print it


def test_share_links_are_plain_and_copy_link_copies(page, demo_site):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto("/transport/")
    # Wait for the page to load: the share script is deferred, and a click before it runs
    # follows the link, as it would without JavaScript.
    with page.expect_navigation():
        page.locator("main .card__title a").first.click()
    share = page.get_by_role("complementary", name="Share this page")
    whatsapp = share.get_by_role("link", name="WhatsApp").get_attribute("href")
    assert whatsapp.startswith("https://wa.me/?text=")
    path = urlsplit(page.url).path
    assert path.replace("/", "%2F") in whatsapp
    assert share.get_by_role("link", name="Email").get_attribute("href").startswith("mailto:?")
    share.get_by_role("link", name="Copy link").click()
    expect(share.get_by_role("status")).to_have_text("Link copied")
    assert page.evaluate("navigator.clipboard.readText()").endswith(path)
    assert page.csp_violations() == []
    assert_accessible(page)


def test_without_javascript_copy_link_is_a_link_to_the_page(browser, demo_site):
    context = browser.new_context(base_url=demo_site.url, java_script_enabled=False)
    tab = context.new_page()
    tab.goto("/transport/")
    tab.locator("main .card__title a").first.click()
    copy = tab.get_by_role("link", name="Copy link")
    assert copy.get_attribute("href").endswith(urlsplit(tab.url).path)
    context.close()


def test_the_past_events_page_has_its_headings_in_order(page):
    page.goto("/events/?when=past")
    assert_accessible(page)
    levels = page.locator("main h1, main h2, main h3").evaluate_all(
        "els => els.map(el => Number(el.tagName[1]))"
    )
    assert all(b - a <= 1 for a, b in zip([1, *levels], levels, strict=False))


def test_the_phone_field_looks_like_the_other_fields(page):
    page.goto("/printed-packs/")
    phone = page.get_by_label("Phone number")
    email = page.get_by_label("Your email address")
    for prop in ("border-top-width", "border-top-color", "border-radius", "padding-left"):
        assert computed(phone, prop) == computed(email, prop), prop
    assert phone.bounding_box()["height"] >= 44


def test_the_favicon_is_linked_and_served(page):
    page.goto("/")
    icon = page.locator('link[rel="icon"]').get_attribute("href")
    assert page.request.get(icon).ok
    response = page.request.get("/favicon.ico")
    assert response.ok and "svg" in response.headers["content-type"]


@pytest.fixture
def organiser(demo_site, monkeypatch):
    monkeypatch.setenv("DEMO_USER_PASSWORD", PASSWORD)
    call_command("load_demo_content", users=True, stdout=io.StringIO())


def test_check_in_buttons_are_big_enough_to_tap(page, organiser):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/admin/login/")
    page.get_by_label("Username").fill("olu")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/admin/")
    event = EventPage.objects.filter(organiser__username="olu", locale=Locale.get_default()).first()
    page.goto(f"/admin/events/{event.pk}/check-in/")
    find = page.get_by_role("button", name="Find")
    box = find.bounding_box()
    assert box["height"] >= 44 and box["width"] >= 44
