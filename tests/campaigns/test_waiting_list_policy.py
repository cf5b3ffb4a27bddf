"""The waiting list keeps strict order (nobody overtakes, not even a new booker), says so, and
reads as a waiting list; each reason for a cancellation has its own words; an anonymised
booking can no longer be cancelled."""

import pytest

from django.core import mail

from campaigns.events import bookings
from campaigns.events.emails import manage_token
from campaigns.events.housekeeping import anonymise_bookings
from campaigns.models import Booking, BookingEmail, EventPage, EventSeats
from tests.campaigns.factories import EventPageFactory, in_days
from tests.campaigns.test_booking_views import form

pytestmark = pytest.mark.django_db

POLICY = "The waiting list keeps strict order"
SELF_CANCEL_WORDS = "Thank you for letting us know"


@pytest.fixture
def event(event_index, organiser):
    return EventPageFactory(
        parent=event_index, title="Depot briefing", capacity=4, organiser=organiser
    )


def book(event, email, places=1, **kwargs):
    return bookings.book(event, name="Sam Patel", email=email, places=places, **kwargs)


def booked(event):
    return EventSeats.objects.get(event=event).booked


def test_a_freed_place_waits_for_the_first_person_waiting_not_a_new_booker(event):
    book(event, "a@example.org", places=2)
    leaving = book(event, "b@example.org", places=2)
    first = book(event, "w@example.org", places=3, waitlist=True)
    bookings.cancel_booking(leaving)
    assert booked(event) == 2  # two places free, but the first person waiting needs three
    first.refresh_from_db()
    assert first.status == Booking.Status.WAITLISTED
    with pytest.raises(bookings.EventFull, match="nobody overtakes"):
        book(event, "new@example.org", places=1)
    late = book(event, "new@example.org", places=1, waitlist=True)
    assert late.status == Booking.Status.WAITLISTED
    assert booked(event) == 2
    assert bookings.waiting_list_position(late) == 2


def test_the_first_person_waiting_is_promoted_once_their_places_fit(event):
    stays = book(event, "a@example.org", places=2)
    leaving = book(event, "b@example.org", places=2)
    first = book(event, "w@example.org", places=3, waitlist=True)
    second = book(event, "x@example.org", places=1, waitlist=True)
    bookings.cancel_booking(leaving)
    bookings.cancel_booking(stays)
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, second.status) == (Booking.Status.CONFIRMED, Booking.Status.CONFIRMED)
    assert booked(event) == 4
    assert not bookings.someone_waiting(event)
    assert book(event, "y@example.org", waitlist=True).status == Booking.Status.WAITLISTED


def test_the_policy_is_stated_and_the_form_offers_the_waiting_list_while_anyone_waits(
    client, event
):
    assert POLICY in client.get(event.url).text
    book(event, "a@example.org", places=2)
    leaving = book(event, "b@example.org", places=2)
    book(event, "w@example.org", places=3, waitlist=True)
    bookings.cancel_booking(leaving)
    page = client.get(f"{event.url}book/")
    assert POLICY in page.text
    assert "<h1>Join the waiting list</h1>" in page.text
    response = client.post(f"{event.url}book/", form(email="nia@example.org"))
    assert response.status_code == 409
    assert "nobody overtakes" in response.text
    assert not Booking.objects.filter(email="nia@example.org").exists()
    assert booked(event) == 2


def test_waiting_list_emails_and_page_read_as_a_waiting_list(
    client, event, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        confirmed = book(event, "a@example.org", places=4)
        waiting = book(event, "w@example.org", places=1, waitlist=True)
    confirmation, waiting_email = mail.outbox
    assert confirmation.subject == "Your booking for Depot briefing"
    assert waiting_email.subject == "You are on the waiting list for Depot briefing"
    page = client.get(f"/bookings/{manage_token(waiting)}/")
    assert "Leave the waiting list" in page.text and "Cancel this booking" not in page.text
    own = client.get(f"/bookings/{manage_token(confirmed)}/")
    assert "Cancel this booking" in own.text and "Leave the waiting list" not in own.text
    with django_capture_on_commit_callbacks(execute=True):
        left = client.post(f"/bookings/{manage_token(waiting)}/", {"confirm": "yes"})
    assert "You have left the waiting list" in left.text
    assert mail.outbox[-1].subject == "You have left the waiting list for Depot briefing"
    assert "You have left the waiting list for Depot briefing" in mail.outbox[-1].body
    assert not mail.outbox[-1].attachments  # no place, so no calendar entry to cancel


def test_each_reason_for_a_cancellation_has_its_own_words(
    client, event, organiser, django_capture_on_commit_callbacks
):
    mine = book(event, "self@example.org")
    theirs = book(event, "organised@example.org")
    everyone = book(event, "event@example.org")
    mail.outbox.clear()
    client.force_login(organiser)
    with django_capture_on_commit_callbacks(execute=True):
        bookings.cancel_booking(mine)
        client.post(f"/admin/events/{event.pk}/bookings/{theirs.pk}/cancel/", {"confirm": "yes"})
        bookings.cancel_event(event)
    emails = {m.to[0]: m for m in mail.outbox}
    assert SELF_CANCEL_WORDS in emails["self@example.org"].body
    by_organiser = emails["organised@example.org"]
    assert SELF_CANCEL_WORDS not in by_organiser.body
    assert "The organisers of Depot briefing have cancelled your booking" in by_organiser.body
    assert (
        by_organiser.subject
        == "Your booking for Depot briefing has been cancelled by the organisers"
    )
    event_email = emails["event@example.org"]
    assert SELF_CANCEL_WORDS not in event_email.body
    assert "has been cancelled, so your booking" in event_email.body
    subjects = {m.subject for m in mail.outbox}
    assert len(subjects) == 3
    assert BookingEmail.objects.filter(
        booking=theirs, kind=BookingEmail.Kind.ORGANISER_CANCELLED
    ).exists()
    assert not BookingEmail.objects.filter(
        booking=theirs, kind=BookingEmail.Kind.CANCELLED
    ).exists()
    assert everyone.reference in event_email.body


def test_an_anonymised_booking_cannot_be_cancelled_nor_an_anonymised_waiter_promoted(
    client, event, organiser, django_capture_on_commit_callbacks
):
    holder = book(event, "a@example.org", places=4)
    waiting = book(event, "w@example.org", places=1, waitlist=True)
    anonymise_bookings(Booking.objects.filter(pk__in=[holder.pk, waiting.pk]))
    mail.outbox.clear()
    client.force_login(organiser)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/events/{event.pk}/bookings/{holder.pk}/cancel/",
            {"confirm": "yes"},
            follow=True,
        )
    assert "can no longer change" in response.text
    with pytest.raises(bookings.BookingError):
        bookings.cancel_booking(holder)
    holder.refresh_from_db()
    waiting.refresh_from_db()
    assert holder.status == Booking.Status.CONFIRMED
    assert waiting.status == Booking.Status.WAITLISTED
    assert booked(event) == 4
    assert mail.outbox == []
    # Freed places never go to an anonymised row either.
    EventSeats.objects.filter(event=event).update(capacity=5)
    assert bookings.promote_waiting_list(event) == []


def attendees_page(client, event):
    return client.get(f"/admin/events/{event.pk}/").text


def test_a_cancelled_events_list_shows_who_was_booked_then_anonymised(client, event, organiser):
    book(event, "a@example.org", places=2)
    bookings.book(event, name="Wanda Waiting", email="w@example.org", places=3, waitlist=True)
    bookings.cancel_event(event)
    client.force_login(organiser)
    page = attendees_page(client, event)
    assert "Nobody has booked yet" not in page
    assert "Booked when the event was cancelled" in page
    assert "Sam Patel" in page and "Wanda Waiting" in page
    anonymise_bookings(Booking.objects.filter(event=event))
    page = attendees_page(client, event)
    assert "Sam Patel" not in page and "Wanda Waiting" not in page
    assert page.count("Details removed after the retention period") == 2


def test_past_the_retention_date_an_events_bookings_are_read_only(
    client, event, organiser, settings, django_capture_on_commit_callbacks
):
    holder = book(event, "a@example.org", places=2)
    waiting = book(event, "w@example.org", places=3, waitlist=True)
    settings.BOOKING_RETENTION_DAYS = 30

    EventPage.objects.filter(pk=event.pk).update(starts_at=in_days(-41), ends_at=in_days(-40))
    event.refresh_from_db()
    client.force_login(organiser)
    page = attendees_page(client, event)
    assert "can no longer change" in page
    assert f"/bookings/{holder.pk}/cancel/" not in page
    assert "Check people in" not in page
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        cancelled = client.post(
            f"/admin/events/{event.pk}/bookings/{holder.pk}/cancel/",
            {"confirm": "yes"},
            follow=True,
        )
        whole = client.post(f"/admin/events/{event.pk}/cancel/", follow=True)
        client.post(f"/admin/events/{event.pk}/check-in/", {"booking": holder.pk, "attended": "1"})
    assert "can no longer change" in cancelled.text and "can no longer change" in whole.text
    holder.refresh_from_db()
    waiting.refresh_from_db()
    assert holder.status == Booking.Status.CONFIRMED and holder.attended_at is None
    assert waiting.status == Booking.Status.WAITLISTED
    assert not EventSeats.objects.get(event=event).cancelled_at
    assert mail.outbox == []


def test_the_public_cancel_asks_first_and_works_without_javascript(client, event):
    booking = book(event, "a@example.org", places=2)
    url = f"/bookings/{manage_token(booking)}/"
    asked = client.post(url)
    assert "Are you sure you want to cancel this booking?" in asked.text
    assert 'name="confirm" value="yes"' in asked.text and "No, keep it" in asked.text
    booking.refresh_from_db()
    assert booking.is_active and booked(event) == 2
    done = client.post(url, {"confirm": "yes"})
    assert "Booking cancelled" in done.text
    booking.refresh_from_db()
    assert not booking.is_active and booked(event) == 0


def test_the_admin_cancel_asks_first(client, event, organiser):
    booking = book(event, "a@example.org", places=2)
    client.force_login(organiser)
    assert f'href="/admin/events/{event.pk}/bookings/{booking.pk}/cancel/"' in attendees_page(
        client, event
    )
    url = f"/admin/events/{event.pk}/bookings/{booking.pk}/cancel/"
    for asked in (client.get(url), client.post(url)):
        assert asked.status_code == 200
        assert f"Yes, cancel booking {booking.reference}" in asked.text
    booking.refresh_from_db()
    assert booking.is_active
    client.post(url, {"confirm": "yes"})
    booking.refresh_from_db()
    assert not booking.is_active
