"""Journey 4's other way in: a learner imported from the council's CSV signs in through the
council's identity provider (a real OpenID provider on loopback), not with a password, and
lands on My training. axe runs on the site's pages."""

import io

from playwright.sync_api import expect

from django.contrib.auth import get_user_model
from django.core.management import call_command

from tests.browser.accessibility import assert_accessible
from tests.courses.test_import_staff import write_csv


def only_loopback(route):
    host = route.request.url.split("/")[2].split(":")[0]
    route.continue_() if host in ("localhost", "127.0.0.1") else route.abort()


def test_an_imported_learner_signs_in_through_the_council(
    browser, demo_site, single_sign_on, tmp_path
):
    path = write_csv(tmp_path, [["Amira Haddad", "amira@example.org", "", "Restaurants", ""]])
    call_command("import_staff", str(path), "--no-invite", stdout=io.StringIO())
    single_sign_on.add_person("amira", "her council password", "amira@example.org")
    context = browser.new_context(base_url=demo_site.url)
    page = context.new_page()
    page.route("**/*", only_loopback)  # the site and the provider; nothing else is reachable

    page.goto("/training/my/")  # signed out: sent to sign in
    expect(page.get_by_role("heading", name="Sign in", exact=True)).to_be_visible()
    expect(page.get_by_text("This council signs staff in with Council ID")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Sign in with Council ID").click()

    page.locator("input[name=login]").fill("amira")  # the provider's own sign-in page
    page.locator("input[name=password]").fill("her council password")
    page.get_by_role("button", name="Sign-in").click()
    page.get_by_role("button", name="Continue").click()  # consent to share her email

    expect(page.get_by_role("heading", name="My training")).to_be_visible()
    assert page.url == f"{demo_site.url}/training/my/"
    expect(page.get_by_text("Hello Amira Haddad")).to_be_visible()
    assert_accessible(page)
    assert get_user_model().objects.filter(email="amira@example.org").count() == 1
    context.close()
