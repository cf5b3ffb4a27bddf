"""Quick exit: the button and three presses of Shift both replace the page with a neutral site."""

import pytest
from playwright.sync_api import expect

EXIT_PAGE = "<html><head><title>Weather</title></head><body>Forecast</body></html>"


@pytest.fixture
def exit_site(page, settings):
    """Stand in for the neutral site, which the test must not fetch from the internet."""
    page.context.route(
        settings.QUICK_EXIT_URL + "*",
        lambda route: route.fulfill(status=200, content_type="text/html", body=EXIT_PAGE),
    )
    return settings.QUICK_EXIT_URL


def assert_left_without_a_way_back(page, exit_url):
    page.wait_for_url(exit_url + "*")
    assert page.title() == "Weather"
    # location.replace: the page that was exited is not in the history, so Back skips it.
    page.go_back()
    assert page.url.endswith("/")
    assert not page.url.endswith("/restaurants/")


def test_exit_button_replaces_the_page(page, exit_site):
    page.goto("/")
    page.goto("/restaurants/")
    page.get_by_role("link", name="Exit this page").click()
    assert_left_without_a_way_back(page, exit_site)


def test_pressing_shift_three_times_replaces_the_page(page, exit_site):
    page.goto("/")
    page.goto("/restaurants/")
    for _ in range(3):
        page.keyboard.press("Shift")
    assert_left_without_a_way_back(page, exit_site)


def test_two_presses_of_shift_do_not_exit(page, exit_site):
    page.goto("/restaurants/")
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    page.wait_for_timeout(300)
    assert page.url.endswith("/restaurants/")


def test_exit_button_works_without_javascript(browser, demo_site, settings):
    context = browser.new_context(base_url=demo_site.url, java_script_enabled=False)
    context.route(
        settings.QUICK_EXIT_URL + "*",
        lambda route: route.fulfill(status=200, content_type="text/html", body=EXIT_PAGE),
    )
    page = context.new_page()
    page.goto("/transport/")
    page.get_by_role("link", name="Exit this page").click()
    page.wait_for_url(settings.QUICK_EXIT_URL + "*")
    assert page.title() == "Weather"
    context.close()


PHONE = {"width": 390, "height": 844}


def type_like_a_person(page, text):
    """Type ``text`` as people do: Shift held down for each capital, then released."""
    for character in text:
        if character.isupper():
            page.keyboard.down("Shift")
            page.keyboard.press(f"Key{character}")
            page.keyboard.up("Shift")
        else:
            page.keyboard.type(character)


def press_shift_three_times(page):
    for _ in range(3):
        page.keyboard.press("Shift")


def test_typing_capitals_in_a_form_does_not_exit_but_shift_on_its_own_does(page, exit_site):
    page.set_viewport_size(PHONE)
    page.goto("/events/station-staff-briefing/book/")
    name = page.get_by_label("Name", exact=True)
    name.click()
    type_like_a_person(page, "Anna Maria Smith")
    page.wait_for_timeout(300)
    assert page.url.endswith("/events/station-staff-briefing/book/")
    assert name.input_value() == "Anna Maria Smith"

    press_shift_three_times(page)
    page.wait_for_url(exit_site + "*")
    assert page.title() == "Weather"


def test_shift_pressed_with_other_keys_between_does_not_exit(page, exit_site):
    page.set_viewport_size(PHONE)
    page.goto("/restaurants/")
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    page.keyboard.press("Tab")  # any other key starts the count again
    page.keyboard.press("Shift")
    page.wait_for_timeout(300)
    assert page.url.endswith("/restaurants/")


def test_presses_of_shift_far_apart_do_not_exit(page, exit_site):
    page.goto("/restaurants/")
    for _ in range(3):
        page.keyboard.press("Shift")
        page.wait_for_timeout(1100)  # the first press has expired by the third
    assert page.url.endswith("/restaurants/")


def test_the_page_not_found_carries_the_quick_exit(page, exit_site):
    page.set_viewport_size(PHONE)
    response = page.goto("/no-such-page/")
    assert response.status == 404
    expect(page.get_by_role("link", name="Exit this page")).to_be_visible()
    press_shift_three_times(page)
    page.wait_for_url(exit_site + "*")
    assert page.csp_violations() == []


def test_the_server_error_page_carries_the_quick_exit(page, exit_site, settings):
    settings.ROOT_URLCONF = "tests.browser.failing_urls"
    page.set_viewport_size(PHONE)
    response = page.goto("/fails/")
    assert response.status == 500
    expect(page.get_by_role("heading", name="Sorry, something went wrong")).to_be_visible()
    expect(page.get_by_role("link", name="Exit this page")).to_be_visible()
    assert page.csp_violations() == []
    press_shift_three_times(page)
    page.wait_for_url(exit_site + "*")
    assert page.title() == "Weather"
