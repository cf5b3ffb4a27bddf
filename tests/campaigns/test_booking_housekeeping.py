"""Scheduled booking work: reminders go once; details are anonymised after the event."""

import pytest

from django.core import mail
from django.core.management import CommandError, call_command

from campaigns.events import bookings
from campaigns.models import Booking, EventSeats
from tests.campaigns.factories import EventPageFactory, in_days

pytestmark = pytest.mark.django_db


def book(event, email, **kwargs):
    return bookings.book(event, name="Sam Patel", email=email, places=1, **kwargs)


def test_reminders_go_once_to_confirmed_bookings_at_events_starting_soon(
    event_index, django_capture_on_commit_callbacks
):
    soon = EventPageFactory(parent=event_index, capacity=1, starts_at=in_days(1))
    later = EventPageFactory(parent=event_index, starts_at=in_days(5))
    book(soon, "a@example.org")
    book(soon, "waiting@example.org", waitlist=True)
    book(later, "b@example.org")
    cancelled = book(later, "c@example.org")
    bookings.cancel_booking(cancelled)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_event_reminders")
    assert [(m.to, m.subject) for m in mail.outbox] == [
        (["a@example.org"], f"Reminder: {soon.title}")
    ]
    assert mail.outbox[0].attachments

    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_event_reminders", days=7)
    assert [m.to for m in mail.outbox[1:]] == [["b@example.org"]]  # a@ is not reminded twice


def test_no_reminders_for_cancelled_events(event_index, django_capture_on_commit_callbacks):
    soon = EventPageFactory(parent=event_index, starts_at=in_days(1))
    book(soon, "a@example.org")
    bookings.cancel_event(soon)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_event_reminders")
    assert mail.outbox == []


def test_purge_anonymises_bookings_after_the_retention_period_and_keeps_counts(
    event_index, settings
):
    settings.BOOKING_RETENTION_DAYS = 30
    event = EventPageFactory(parent=event_index, starts_at=in_days(3))
    recent = EventPageFactory(parent=event_index, starts_at=in_days(4))
    for email in ("a@example.org", "b@example.org"):
        book(event, email, organisation="Leeds Station", access_requirements="Hearing loop")
    kept = book(recent, "c@example.org")
    # Time passes: the first event ended 31 days ago, the second 20 days ago.
    event.starts_at, event.ends_at = in_days(-31, 18), in_days(-31, 20)
    event.save_revision().publish()
    recent.starts_at, recent.ends_at = in_days(-20, 18), in_days(-20, 20)
    recent.save_revision().publish()

    call_command("purge_booking_data")

    purged = Booking.objects.filter(event=event)
    assert purged.count() == 2
    for booking in purged:
        assert (booking.name, booking.email, booking.organisation) == ("", "", "")
        assert booking.access_requirements == "" and booking.anonymised_at
        assert booking.status == Booking.Status.CONFIRMED and booking.places == 1
    assert EventSeats.objects.get(event=event).booked == 2
    kept.refresh_from_db()
    assert kept.email == "c@example.org"
    call_command("purge_booking_data")  # safe to run again


def test_commands_refuse_bad_numbers():
    with pytest.raises(CommandError, match="--days must be 1 or more"):
        call_command("send_event_reminders", days=0)
    with pytest.raises(CommandError, match="cannot be negative"):
        call_command("purge_booking_data", days=-1)
