"""Quick exit: the button and three presses of Shift both replace the page with a neutral site."""

import pytest

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
