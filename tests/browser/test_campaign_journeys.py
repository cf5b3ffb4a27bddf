"""What the public does with campaigns and the poster library, in a real browser."""

from playwright.sync_api import expect

from tests.browser.accessibility import assert_accessible


def test_find_a_polish_station_poster_and_download_it(page):
    page.goto("/resources/")
    page.get_by_label("Workplace setting").select_option("transport")
    page.get_by_label("Language", exact=True).select_option("pl")
    page.get_by_role("button", name="Show resources").click()
    assert "setting=transport" in page.url and "language=pl" in page.url
    # The filters keep their state ("Languages" is the switcher's name, hence exact).
    assert page.get_by_label("Language", exact=True).input_value() == "pl"
    page.get_by_role("link", name="Is someone being controlled?").click()

    first_download = page.locator(".downloads a").first
    assert "Polski" in first_download.inner_text()
    response = page.request.get(first_download.get_attribute("href"))
    assert response.ok
    assert response.headers["content-type"] == "application/pdf"
    assert response.body().startswith(b"%PDF")
    expect(page.get_by_role("heading", name="What the poster says")).to_be_visible()


def test_library_filters_work_without_javascript(browser, demo_site):
    context = browser.new_context(base_url=demo_site.url, java_script_enabled=False)
    page = context.new_page()
    page.goto("/resources/")
    page.get_by_label("Kind").select_option("pocket-card")
    page.get_by_role("button", name="Show resources").click()
    titles = page.locator(".card__title").all_inner_texts()
    assert titles and all("card" in title.lower() for title in titles)
    context.close()


def test_pack_request_errors_are_listed_and_linked_to_their_fields(page):
    page.goto("/printed-packs/")
    page.get_by_label("Venue", exact=True).fill("Central station")
    page.get_by_role("button", name="Send request").click()
    summary = page.get_by_role("alert")
    assert "There is a problem" in summary.inner_text()
    assert page.get_by_label("Venue", exact=True).input_value() == "Central station"
    assert_accessible(page)
    summary.get_by_role("link", name="Your email address: This field is required.").click()
    assert page.evaluate("document.activeElement.name") == "contact_email"


def test_campaign_page_shows_signs_and_helpline(page):
    page.goto("/transport/")
    page.get_by_role("link", name="See it at the station").first.click()
    expect(page.get_by_role("heading", name="Spot the signs")).to_be_visible()
    expect(page.locator('a[href="tel:08000121700"]').first).to_be_visible()
