"""One address cannot try many accounts, or send many password-reset emails."""

import pytest

from django.test import Client

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def low_limit(settings):
    settings.SIGN_IN_LIMIT = (3, 900)


def test_many_sign_ins_from_one_address_are_paused_with_a_clear_message(client, django_user_model):
    django_user_model.objects.create_user("sam", "sam@example.org", "a long password here")
    for n in range(3):
        response = client.post("/accounts/login/", {"username": f"u{n}", "password": "wrong"})
        assert response.status_code == 200
    response = client.post(
        "/accounts/login/", {"username": "sam", "password": "a long password here"}
    )
    assert response.status_code == 429
    assert response["Retry-After"] == "900"
    html = response.content.decode()
    assert "Too many attempts from your connection" in html and "Wait 15 minutes" in html
    assert "_auth_user_id" not in client.session  # nothing was processed
    assert client.get("/accounts/login/").status_code == 200  # reading the form is fine


def test_other_addresses_are_not_affected(client):
    for _ in range(4):
        client.post("/admin/login/", {"username": "x", "password": "y"})
    other = client.post(
        "/admin/login/", {"username": "x", "password": "y"}, REMOTE_ADDR="192.0.2.7"
    )
    assert other.status_code == 200


def test_password_reset_emails_are_limited_too(client, django_user_model, mailoutbox):
    django_user_model.objects.create_user("sam", "sam@example.org", "a long password here")
    for _ in range(5):
        client.post("/accounts/password_reset/", {"email": "sam@example.org"})
    assert len(mailoutbox) == 3


@pytest.mark.parametrize("url", ["/accounts/login/", "/admin/login/"])
def test_a_filled_honeypot_never_signs_in_and_says_so(client, django_user_model, url):
    django_user_model.objects.create_user("sam", "sam@example.org", "a long password here")
    form = client.get(url).content.decode()
    assert 'name="website"' in form and 'tabindex="-1"' in form
    response = client.post(
        url, {"username": "sam", "password": "a long password here", "website": "http://spam"}
    )
    assert response.status_code == 200
    assert "We could not sign you in" in response.content.decode()
    assert 'value="sam"' in response.content.decode()  # what was typed is kept
    assert "_auth_user_id" not in client.session
    assert (
        client.post(url, {"username": "sam", "password": "a long password here"}).status_code == 302
    )


def test_successful_sign_ins_never_use_up_the_limit(client, django_user_model):
    """A council office behind one address signs everyone in on a training day."""

    django_user_model.objects.create_user("sam", "sam@example.org", "a long password here")
    for _ in range(5):
        colleague = Client()
        response = colleague.post(
            "/accounts/login/", {"username": "sam", "password": "a long password here"}
        )
        assert response.status_code == 302


def test_the_admins_password_reset_is_limited_too(client, django_user_model, mailoutbox):
    django_user_model.objects.create_user("sam", "sam@example.org", "a long password here")
    answers = [
        client.post("/admin/password_reset/", {"email": "sam@example.org"}).status_code
        for _ in range(5)
    ]
    assert answers[-1] == 429 and len(mailoutbox) <= 3
