"""Admin accounts: lockout after repeated failed logins, strong passwords, idle sessions end."""

from datetime import timedelta

import pytest

from django.conf import settings
from django.contrib.auth.models import Permission
from django.contrib.auth.password_validation import validate_password
from django.contrib.sessions.models import Session
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from actsite.idle_sessions import RENEWED_AT

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery"


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("sam", "sam@example.org", PASSWORD)
    user.is_staff = True
    user.save()

    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


def log_in(client, password, address="198.51.100.7"):
    return client.post(
        "/admin/login/",
        {"username": "sam", "password": password},
        REMOTE_ADDR=address,
    )


def test_five_wrong_passwords_lock_the_account_from_that_address(client, editor):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = log_in(client, "wrong password")
        assert response.status_code == 200  # the form again, with its error
        assert "Your username and password didn" in response.text
    locked = log_in(client, "wrong password")
    assert locked.status_code == 429
    assert "Too many attempts to sign in" in locked.text
    # Even the right password is refused while locked…
    assert log_in(client, PASSWORD).status_code == 429
    # …but someone else signing in from another address is not locked out.
    assert log_in(client, PASSWORD, address="203.0.113.9").status_code == 302


def test_a_right_password_resets_the_count(client, editor):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        log_in(client, "wrong password")
    assert log_in(client, PASSWORD).status_code == 302
    client.logout()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert log_in(client, "wrong password").status_code == 200


def test_passwords_need_twelve_characters():
    with pytest.raises(ValidationError, match="at least 12 characters"):
        validate_password("Short1pass!")
    validate_password("a long passphrase for staff")


def test_signed_in_sessions_expire_after_an_idle_hour(client, editor):
    assert log_in(client, PASSWORD).status_code == 302
    assert client.get("/admin/").status_code == 200
    session = Session.objects.get()
    in_an_hour = timezone.now() + timedelta(seconds=settings.SESSION_COOKIE_AGE)
    assert abs((session.expire_date - in_an_hour).total_seconds()) < 60  # renewed by the visit

    Session.objects.update(expire_date=timezone.now() - timedelta(seconds=1))  # an idle hour
    response = client.get("/admin/")
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")


def test_a_visit_renews_the_session_at_most_every_few_minutes(client, editor):
    assert log_in(client, PASSWORD).status_code == 302
    client.get("/admin/")
    with CaptureQueriesContext(connection) as captured:
        client.get("/admin/")  # just renewed: nothing written
    assert not any(q["sql"].startswith('UPDATE "django_session"') for q in captured)

    session = client.session
    session[RENEWED_AT] -= settings.SESSION_RENEW_SECONDS  # the last renewal was long ago
    session.save()
    Session.objects.update(expire_date=timezone.now() + timedelta(minutes=2))
    client.get("/admin/")
    renewed = Session.objects.get().expire_date
    assert renewed > timezone.now() + timedelta(seconds=settings.SESSION_COOKIE_AGE - 60)
