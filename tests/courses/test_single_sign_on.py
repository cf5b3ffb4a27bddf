"""Single sign-on through a real OpenID provider (npm's oidc-provider, on loopback): a person
starts at the site's sign-in page, signs in and consents at the provider, and comes back signed
in, or is told plainly why not. Off by default: without OIDC settings the site is as before."""

import html
import io
import re
from urllib.parse import urljoin, urlsplit

import pytest
import requests

from django.contrib.auth import get_user_model
from django.core.management import call_command

from courses.models import LearnerProfile
from tests.courses.factories import learner
from tests.courses.test_import_staff import write_csv

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PASSWORD = "provider password"


def _form(page):
    """(absolute action, fields) of the first form on a provider page."""
    form = re.search(r"<form[^>]*action=\"([^\"]+)\"[^>]*>(.*?)</form>", page.text, re.S)
    assert form, page.text[:500]
    fields = dict(re.findall(r"<input[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"", form.group(2)))
    return urljoin(page.url, html.unescape(form.group(1))), fields


def sign_in_with_provider(site_url, login, password=PASSWORD):
    """As a person: the site's sign-in page, its "Sign in with Council ID" button, the
    provider's sign-in form, its consent form, and back. Returns (browser session, last page)."""
    browser = requests.Session()
    sign_in_page = browser.get(f"{site_url}/accounts/login/?next=/training/my/")
    button = re.search(
        r"<a class=\"button\" href=\"([^\"]+)\">Sign in with Council ID<", sign_in_page.text
    )
    assert button, "no single sign-on button"
    provider_page = browser.get(urljoin(sign_in_page.url, html.unescape(button.group(1))))
    assert urlsplit(provider_page.url).port != urlsplit(site_url).port  # at the provider
    action, fields = _form(provider_page)
    fields.update(login=login, password=password)
    consent_page = browser.post(action, data=fields)
    action, fields = _form(consent_page)
    assert fields.get("prompt") == "consent"
    return browser, browser.post(action, data=fields)


def test_an_imported_learner_signs_in_to_their_own_account(
    live_server, single_sign_on, training_index, tmp_path
):
    path = write_csv(tmp_path, [["Amira Haddad", "Amira@Example.org", "", "Restaurants", ""]])
    call_command("import_staff", str(path), "--no-invite", stdout=io.StringIO())
    amira = get_user_model().objects.get(email__iexact="amira@example.org")
    single_sign_on.add_person("amira.haddad", PASSWORD, "AMIRA@example.org", given="A", family="H")

    browser, page = sign_in_with_provider(live_server.url, "amira.haddad")

    assert page.url == f"{live_server.url}/training/my/"
    assert "Hello Amira Haddad" in page.text  # their imported account, not a new one
    assert get_user_model().objects.filter(email__iexact="amira@example.org").count() == 1
    amira.refresh_from_db()
    assert amira.last_login is not None and not amira.has_usable_password()
    assert not amira.is_staff
    # Signed in for the rest of the visit.
    assert browser.get(f"{live_server.url}/training/my/").url.endswith("/training/my/")


def test_a_wrong_password_at_the_provider_gets_nobody_in(
    live_server, single_sign_on, training_index
):
    learner("wrongpass")
    single_sign_on.add_person("wp", PASSWORD, "wrongpass@example.org")
    browser = requests.Session()
    start = browser.get(f"{live_server.url}/accounts/sso/start/")
    action, fields = _form(start)
    fields.update(login="wp", password="not it")
    assert browser.post(action, data=fields).status_code == 401
    assert "/accounts/login/" in browser.get(f"{live_server.url}/training/my/").url


def test_an_unverified_email_is_refused(live_server, single_sign_on, training_index):
    learner("unverified")
    single_sign_on.add_person("u", PASSWORD, "unverified@example.org", verified=False)

    browser, page = sign_in_with_provider(live_server.url, "u")

    assert urlsplit(page.url).path == "/accounts/login/"
    assert "no verified email address" in page.text
    assert "/accounts/login/" in browser.get(f"{live_server.url}/training/my/").url
    assert get_user_model().objects.get(username="unverified").last_login is None


def test_an_unknown_person_is_refused_while_creation_is_off(
    live_server, single_sign_on, training_index
):
    single_sign_on.add_person("stranger", PASSWORD, "stranger@example.org")

    browser, page = sign_in_with_provider(live_server.url, "stranger")

    assert "There is no training account for your council email address" in page.text
    assert not get_user_model().objects.filter(email="stranger@example.org").exists()


def test_an_unknown_person_becomes_a_learner_when_creation_is_on(
    live_server, single_sign_on, settings, training_index
):
    settings.OIDC_CREATE_USER = True
    single_sign_on.add_person(
        "new", PASSWORD, "New.Person@example.org", given="Nia", family="Jones"
    )

    browser, page = sign_in_with_provider(live_server.url, "new")

    assert page.url == f"{live_server.url}/training/my/"
    assert "Hello Nia Jones" in page.text
    user = get_user_model().objects.get(email="New.Person@example.org")
    assert LearnerProfile.objects.filter(user=user, department=None).exists()
    assert not (user.is_staff or user.is_superuser or user.groups.exists())
    assert not user.has_usable_password()


def test_an_account_that_can_reach_the_admin_is_refused(
    live_server, single_sign_on, settings, training_index
):
    settings.OIDC_CREATE_USER = True
    learner("editor", is_staff=True)
    single_sign_on.add_person("ed", PASSWORD, "editor@example.org")

    browser, page = sign_in_with_provider(live_server.url, "ed")

    assert "signs in with its password, not with single sign-on" in page.text
    assert get_user_model().objects.get(username="editor").last_login is None


def test_a_locked_out_account_stays_locked_out(live_server, single_sign_on, training_index):
    learner("locked")
    browser = requests.Session()
    for _ in range(5):
        page = browser.get(f"{live_server.url}/accounts/login/")
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
        browser.post(
            f"{live_server.url}/accounts/login/",
            data={"csrfmiddlewaretoken": token, "username": "locked", "password": "wrong"},
            headers={"Referer": f"{live_server.url}/accounts/login/"},
        )
    single_sign_on.add_person("lk", PASSWORD, "locked@example.org")

    _browser, page = sign_in_with_provider(live_server.url, "lk")

    assert "This account is locked for an hour" in page.text
    assert get_user_model().objects.get(username="locked").last_login is None


def test_failed_sign_ins_count_towards_the_address_limit(
    live_server, single_sign_on, settings, training_index
):
    settings.SIGN_IN_LIMIT = (1, 15 * 60)
    single_sign_on.add_person("nobody", PASSWORD, "nobody@example.org")
    sign_in_with_provider(live_server.url, "nobody")  # refused: unknown

    again = requests.get(f"{live_server.url}/accounts/sso/callback/?code=x&state=y", timeout=10)
    assert again.status_code == 429
    assert "Too many attempts" in again.text


def test_the_sign_in_page_says_which_ways_the_council_uses(client, settings):
    settings.OIDC_ENABLED, settings.OIDC_PROVIDER_NAME = True, "Council ID"
    both = client.get("/accounts/login/").text
    assert "Sign in with Council ID" in both and 'name="password"' in both
    assert "If you were sent a password for this site instead" in both

    settings.PASSWORD_SIGN_IN = False
    only_sso = client.get("/accounts/login/").text
    assert "Sign in with Council ID" in only_sso and 'name="password"' not in only_sso
    learner("pat")
    refused = client.post(
        "/accounts/login/", {"username": "pat", "password": "a long password for tests"}
    )
    assert refused.status_code == 200 and "_auth_user_id" not in client.session
    assert "does not use passwords here" in refused.text


def test_without_oidc_settings_the_site_signs_in_as_before(client, settings):
    assert settings.OIDC_ENABLED is False  # nothing in the test environment turns it on
    page = client.get("/accounts/login/").text
    assert "Sign in with" not in page and 'name="password"' in page
    assert client.get("/accounts/sso/start/").status_code == 404
    assert client.get("/accounts/sso/callback/?code=x&state=y").status_code == 404
    learner("kim")
    signed_in = client.post(
        "/accounts/login/", {"username": "kim", "password": "a long password for tests"}
    )
    assert signed_in.status_code == 302
