"""Booking places: capacity, one booking per person, waiting list, cancellation, emails."""

import pytest

from django.core import mail

from campaigns.events import bookings
from campaigns.models import Booking, EventSeats
from tests.campaigns.factories import EventPageFactory, in_days

pytestmark = pytest.mark.django_db


@pytest.fixture
def event(event_index):
    return EventPageFactory(parent=event_index, capacity=3, title="Station staff briefing")


def book(event, email, places=1, **kwargs):
    return bookings.book(event, name="Sam Patel", email=email, places=places, **kwargs)


def booked_places(event):
    return EventSeats.objects.get(event=event).booked


def test_booking_takes_places_and_confirms(event, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        booking = book(event, "Sam@Example.org", places=2)
    assert booking.status == Booking.Status.CONFIRMED
    assert booking.email == "sam@example.org"
    assert booked_places(event) == 2
    message = mail.outbox[0]
    assert message.to == ["sam@example.org"]
    assert booking.reference in message.body
    assert "/bookings/" in message.body
    (name, content, mimetype), ticket = message.attachments[1], message.attachments[0]
    assert (name, mimetype) == (f"{event.slug}.ics", "text/calendar; method=REQUEST")
    assert ticket[0] == f"ticket-{booking.reference}.png" and ticket[2] == "image/png"
    assert "SUMMARY:Station staff briefing" in content
    # The booker's own file names them only as the invitation's attendee (RFC 5546).
    assert "Sam" not in content
    assert content.count("sam@example.org") == 1 and "ATTENDEE;" in content


def test_a_full_event_refuses_unless_joining_the_waiting_list(event):
    book(event, "a@example.org", places=3)
    with pytest.raises(bookings.EventFull):
        book(event, "b@example.org")
    waiting = book(event, "b@example.org", waitlist=True)
    assert waiting.status == Booking.Status.WAITLISTED
    assert bookings.waiting_list_position(waiting) == 1
    assert booked_places(event) == 3


def test_the_same_email_cannot_book_twice(event):
    book(event, "sam@example.org")
    with pytest.raises(bookings.AlreadyBooked):
        book(event, "SAM@example.org ")
    assert booked_places(event) == 1
    assert Booking.objects.count() == 1


def test_too_many_places_and_closed_events_are_refused(event_index, event):
    with pytest.raises(bookings.BookingError, match="between 1 and 4"):
        book(event, "a@example.org", places=5)
    past = EventPageFactory(parent=event_index, starts_at=in_days(-2), ends_at=in_days(-2, 20))
    with pytest.raises(bookings.BookingClosed):
        book(past, "a@example.org")
    assert not Booking.objects.exists()


def test_cancelling_promotes_the_first_person_waiting_and_emails_them(
    event, django_capture_on_commit_callbacks
):
    first = book(event, "a@example.org", places=3)
    waiting_1 = book(event, "b@example.org", places=2, waitlist=True)
    waiting_2 = book(event, "c@example.org", places=1, waitlist=True)
    with django_capture_on_commit_callbacks(execute=True):
        bookings.cancel_booking(first)
    waiting_1.refresh_from_db()
    waiting_2.refresh_from_db()
    assert waiting_1.status == Booking.Status.CONFIRMED
    assert waiting_2.status == Booking.Status.CONFIRMED
    assert booked_places(event) == 3
    promoted = [m for m in mail.outbox if m.to == ["b@example.org"]][0]
    assert "A place has come up" in promoted.subject
    assert [a[0][-4:] for a in promoted.attachments] == [".png", ".ics"]  # ticket, calendar
    assert "/bookings/" in promoted.body


def test_nobody_is_overtaken_on_the_waiting_list(event):
    first = book(event, "a@example.org", places=2)
    book(event, "x@example.org", places=1)
    big = book(event, "b@example.org", places=3, waitlist=True)
    small = book(event, "c@example.org", places=1, waitlist=True)
    bookings.cancel_booking(first)  # frees 2: not enough for the first in the queue (3)
    big.refresh_from_db()
    small.refresh_from_db()
    assert big.status == small.status == Booking.Status.WAITLISTED
    assert bookings.waiting_list_position(small) == 2


def test_raising_capacity_promotes_people_waiting(event):
    book(event, "a@example.org", places=3)
    waiting = book(event, "b@example.org", places=2, waitlist=True)
    event.capacity = 5
    event.save_revision().publish()
    waiting.refresh_from_db()
    assert waiting.status == Booking.Status.CONFIRMED
    assert EventSeats.objects.get(event=event).capacity == 5


def test_publishing_a_revision_never_resets_the_count(event):
    book(event, "a@example.org", places=2)
    event.summary = "Updated"
    event.save_revision().publish()
    assert booked_places(event) == 2


def test_cancelling_twice_gives_places_back_once(event):
    booking = book(event, "a@example.org", places=2)
    bookings.cancel_booking(booking)
    bookings.cancel_booking(booking)
    assert booked_places(event) == 0


def test_cancelling_the_event_cancels_every_booking_and_emails_everyone(
    event, django_capture_on_commit_callbacks
):
    confirmed = book(event, "a@example.org", places=3)
    waiting = book(event, "b@example.org", waitlist=True)
    with django_capture_on_commit_callbacks(execute=True):
        assert bookings.cancel_event(event) == 2
    assert set(Booking.objects.values_list("status", flat=True)) == {"cancelled"}
    assert booked_places(event) == 0
    assert sorted(m.to[0] for m in mail.outbox) == ["a@example.org", "b@example.org"]
    assert all(m.subject == f"Cancelled: {event.title}" for m in mail.outbox)
    # A calendar cancellation for the place that had an invitation; none for the waiting list.
    attachments = {m.to[0]: [a.mimetype for a in m.attachments] for m in mail.outbox}
    assert attachments == {
        "a@example.org": ["text/calendar; method=CANCEL"],
        "b@example.org": [],
    }
    with pytest.raises(bookings.BookingClosed, match="cancelled"):
        book(event, "c@example.org")
    assert bookings.cancel_event(event) == 0  # idempotent, no second emails
    confirmed.refresh_from_db()
    waiting.refresh_from_db()
    assert not confirmed.can_self_cancel and not waiting.is_active
