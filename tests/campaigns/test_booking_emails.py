"""Booking emails: sent after commit through the task queue, at most once, retried on failure."""

import pytest
from django_tasks_db.models import DBTaskResult

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from actsite import outbox
from campaigns.events import bookings
from campaigns.events import emails as booking_emails
from campaigns.models import Booking, BookingEmail
from tests.campaigns.factories import EventPageFactory

pytestmark = pytest.mark.django_db

FAILING = "tests.campaigns.failing_mail.FailingBackend"
DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def event(event_index):
    return EventPageFactory(parent=event_index, capacity=2)


def book(event, email="sam@example.org", **kwargs):
    return bookings.book(event, name="Sam Patel", email=email, places=1, **kwargs)


@pytest.fixture
def worker(monkeypatch):
    """Runs the database queue's worker until the queue is empty, as production does.

    The worker closes stale database connections between tasks; inside a test's transaction
    that would close the test's own connection, so that step is skipped here."""
    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    )
    return lambda: call_command(
        "db_worker", batch=True, startup_delay=False, reload=False, verbosity=0
    )


def time_passes():
    """Every email waiting for a retry becomes due."""
    BookingEmail.objects.exclude(claimed_until=None).update(claimed_until=timezone.now())


def test_nothing_is_sent_until_the_booking_commits(event, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        book(event)
    assert mail.outbox == []
    assert BookingEmail.objects.get().sent_at is None
    for callback in callbacks:
        callback()
    assert len(mail.outbox) == 1
    assert BookingEmail.objects.get().sent_at is not None


def test_a_mail_server_failure_keeps_the_booking_and_the_email_goes_on_retry(
    event, settings, django_capture_on_commit_callbacks, caplog
):
    settings.EMAIL_BACKEND = FAILING
    with django_capture_on_commit_callbacks(execute=True):
        booking = book(event)
    assert Booking.objects.get().status == Booking.Status.CONFIRMED
    outbox = BookingEmail.objects.get()
    assert (outbox.sent_at, outbox.attempts, outbox.last_error) == (
        None,
        1,
        "ConnectionRefusedError",
    )
    assert "sam@example.org" not in caplog.text and "Sam" not in caplog.text

    call_command("send_booking_emails")  # not due yet: nothing is tried
    assert BookingEmail.objects.get().attempts == 1

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    time_passes()
    call_command("send_booking_emails")
    assert [m.to for m in mail.outbox] == [["sam@example.org"]]
    assert booking.reference in mail.outbox[0].body
    assert mail.outbox[0].attachments[-1][0].endswith(".ics")
    call_command("send_booking_emails")
    assert len(mail.outbox) == 1  # at most once


def test_retries_go_on_for_two_days_then_the_organiser_is_shown_the_failure(
    event, settings, django_capture_on_commit_callbacks, admin_client
):
    settings.EMAIL_BACKEND = FAILING
    with django_capture_on_commit_callbacks(execute=True):
        book(event, email="unlucky@example.org")
    waited = timezone.timedelta()
    for _ in range(outbox.MAX_ATTEMPTS + 2):
        email = BookingEmail.objects.get()
        if email.claimed_until:
            waited += email.claimed_until - timezone.now()
        time_passes()
        call_command("send_booking_emails")
    email = BookingEmail.objects.get()
    assert email.attempts == outbox.MAX_ATTEMPTS and email.has_given_up
    assert waited >= timezone.timedelta(hours=48)  # the mail relay had two days to come back
    page = admin_client.get(f"/admin/events/{event.pk}/").content.decode()
    assert "1 email could not be delivered" in page and "unlucky@example.org" in page


def test_an_email_that_went_is_not_shown_as_undelivered(
    event, django_capture_on_commit_callbacks, admin_client
):
    with django_capture_on_commit_callbacks(execute=True):
        book(event)
    page = admin_client.get(f"/admin/events/{event.pk}/").content.decode()
    assert "could not be delivered" not in page


def test_an_email_being_sent_is_not_sent_again(event, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False):
        book(event)
    email = BookingEmail.objects.get()
    BookingEmail.objects.filter(pk=email.pk).update(claimed_until=timezone.now() + outbox.CLAIM_FOR)
    assert booking_emails.deliver(email.pk) == "skipped"
    assert mail.outbox == []


def test_the_database_queue_delivers_through_its_worker(
    event, settings, django_capture_on_commit_callbacks, worker
):
    settings.TASKS = DATABASE_QUEUE
    with django_capture_on_commit_callbacks(execute=True):
        book(event)
    assert mail.outbox == []  # queued, not sent in the request
    worker()
    assert len(mail.outbox) == 1
    assert BookingEmail.objects.get().sent_at is not None


def test_the_database_queue_retries_a_failed_send_later(
    event, settings, django_capture_on_commit_callbacks, worker
):

    settings.TASKS = DATABASE_QUEUE
    settings.EMAIL_BACKEND = FAILING
    with django_capture_on_commit_callbacks(execute=True):
        book(event)
    worker()
    retry = DBTaskResult.objects.filter(status="READY").get()
    assert retry.run_after > timezone.now()
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    DBTaskResult.objects.filter(pk=retry.pk).update(run_after=timezone.now())
    time_passes()
    worker()
    assert len(mail.outbox) == 1
