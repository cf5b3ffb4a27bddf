"""Server logs never record search terms, the secrets in links, addresses or usernames."""

import io
import logging

import pytest

from django.test import Client

from actsite.log_filters import RedactRequestLines

pytestmark = pytest.mark.django_db

TOKEN = "eyJiIjoxMiwiciI6IkFCQzEyMyJ9:1vXyZa:Zm9vYmFyYmF6cXV4"


def formatted(msg, *args):
    record = logging.LogRecord("django.server", logging.INFO, __file__, 1, msg, args, None)
    RedactRequestLines().filter(record)
    return record.getMessage()


def test_request_lines_lose_their_query_strings():
    line = formatted('"%s" %s %s', "GET /search/?q=my+bosss+name HTTP/1.1", "200", "5120")
    assert line == '"GET /search/?… HTTP/1.1" 200 5120'
    assert "boss" not in formatted("Not Found: /bookings/manage/?t=secret-token")


@pytest.mark.parametrize(
    "path",
    [
        f"/bookings/{TOKEN}/",
        f"/cy/bookings/{TOKEN}/",
        f"/pl/bookings/{TOKEN}/",
        f"/pt-br/bookings/{TOKEN}/",
        f"/accounts/reset/MTI/{TOKEN}/",
        f"/training/certificates/{TOKEN}/",
    ],
)
def test_secret_links_are_redacted_in_every_language(path):
    line = formatted('"%s" %s', f"GET {path} HTTP/1.1", "200")
    assert TOKEN not in line and "[redacted]" in line
    assert TOKEN not in formatted(f"Forbidden (CSRF cookie not set.): {path}")


def test_every_request_logger_uses_the_filter():
    for name in ("django.server", "django.request"):
        handlers = logging.getLogger(name).handlers
        assert any(isinstance(f, RedactRequestLines) for h in handlers for f in h.filters)


@pytest.fixture
def console_log():
    """What the site's log handlers write (to stderr in production), as a string."""
    written = io.StringIO()
    handlers = {
        handler
        for name in ("", "django.request", "django.server", "axes")
        for handler in logging.getLogger(name).handlers
        if any(isinstance(f, RedactRequestLines) for f in handler.filters)
    }
    old = {handler: handler.setStream(written) for handler in handlers}
    yield written.getvalue
    for handler, stream in old.items():
        handler.setStream(stream)


def test_a_csrf_failure_on_a_welsh_booking_link_logs_no_token(console_log):
    response = Client(enforce_csrf_checks=True).post(f"/cy/bookings/{TOKEN}/")
    assert response.status_code == 403
    logged = console_log()
    assert "/cy/bookings/[redacted]" in logged and TOKEN not in logged


def test_a_failed_sign_in_logs_neither_the_username_nor_the_address(console_log, django_user_model):
    django_user_model.objects.create_user("amira", "amira@example.org", "a-long-password-1")
    client = Client(REMOTE_ADDR="203.0.113.9")
    for _ in range(2):
        client.post("/accounts/login/", {"username": "amira@example.org", "password": "wrong"})
    logged = console_log()
    assert "AXES" in logged  # axes did log the failures...
    assert "amira" not in logged and "203.0.113.9" not in logged  # ...without who or where
