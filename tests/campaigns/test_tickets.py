"""Tickets: the booking reference as a QR code (attached to confirmations, shown on the booking
page) and scanning it at the door, by the browser or from a camera frame read on the server.
A cancelled, other-event, waiting or already-used ticket is refused, loudly."""

import json

import pytest

from django.core import mail

from campaigns.events import bookings, tickets
from campaigns.events.emails import manage_url
from campaigns.models import Booking
from tests.campaigns.factories import EventPageFactory
from tests.campaigns.test_event_admin import make_organiser, refused

pytestmark = pytest.mark.django_db


@pytest.fixture
def event(event_index, organiser):
    return EventPageFactory(parent=event_index, title="Town hall", capacity=2, organiser=organiser)


def ticket_of(message):
    (png,) = [content for name, content, kind in message.attachments if kind == "image/png"]
    return png


def scan(client, event, code):
    response = client.post(f"/admin/events/{event.pk}/check-in/", {"ticket": code})
    return response.status_code, response.content.decode()


def test_the_confirmation_carries_a_ticket_that_checks_in_once(
    client, organiser, event, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        booking = bookings.book(event, name="Aisha Khan", email="aisha@example.org", places=2)
    (message,) = mail.outbox
    assert "Your ticket is attached" in message.body
    frame = ticket_of(message)
    assert tickets.read_code(frame) == booking.reference  # the QR code holds the reference

    client.force_login(organiser)
    read = client.post(f"/admin/events/{event.pk}/check-in/read/", frame, content_type="image/png")
    code = json.loads(read.content)["code"]
    assert code == booking.reference
    page = client.get(f"/admin/events/{event.pk}/check-in/")
    assert "camera=(self)" in page["Permissions-Policy"]
    status, text = scan(client, event, code.lower())
    assert status == 200
    assert 'role="alert"' in text and "Checked in: Aisha Khan, 2 places." in text
    assert "2</strong> of 2 places checked in" in text
    status, text = scan(client, event, code)
    assert status == 409 and "Already used: checked in at" in text


def test_tickets_that_must_not_get_in_are_refused_loudly(
    client, organiser, event, event_index, django_user_model
):
    other_event = EventPageFactory(parent=event_index, title="Station briefing", capacity=1)
    elsewhere = bookings.book(other_event, name="Tom", email="tom@example.org", places=1)
    gone = bookings.book(event, name="Gone", email="gone@example.org", places=1)
    bookings.cancel_booking(gone)
    bookings.book(event, name="Full", email="full@example.org", places=2)
    waiting = bookings.book(event, name="Wait", email="w@example.org", places=1, waitlist=True)
    client.force_login(organiser)
    for code, words in [
        (elsewhere.reference, "Wrong event: this ticket is for Station briefing."),
        (gone.reference, "Cancelled: this booking was cancelled."),
        (waiting.reference, "No place: this person is on the waiting list."),
        ("NOT-A-CODE", "Not a ticket: no booking has this code."),
        ("", "Not a ticket"),
    ]:
        status, text = scan(client, event, code)
        assert status == 409 and words in text, (code, text[:300])
        assert "scan-result--problem" in text
    assert not Booking.objects.filter(attended_at__isnull=False).exists()


def test_a_frame_that_is_no_image_reads_nothing_and_strangers_cannot_scan(
    client, organiser, event, django_user_model
):
    booking = bookings.book(event, name="Aisha", email="aisha@example.org", places=1)
    client.force_login(organiser)
    read = client.post(
        f"/admin/events/{event.pk}/check-in/read/", b"not an image", content_type="image/png"
    )
    assert json.loads(read.content) == {"code": None}
    client.force_login(make_organiser(django_user_model, "someone-else"))
    frame = tickets.qr_png(booking.reference)
    response = client.post(
        f"/admin/events/{event.pk}/check-in/read/", frame, content_type="image/png"
    )
    assert refused(response) or response.status_code in (403, 404)
    status, _text = scan(client, event, booking.reference)
    assert status != 200
    booking.refresh_from_db()
    assert booking.attended_at is None


def test_the_booking_page_shows_the_ticket_and_other_pages_keep_the_camera_off(client, event):
    booking = bookings.book(event, name="Aisha", email="aisha@example.org", places=1)
    page = client.get(manage_url(booking).split("localhost", 1)[1])
    text = page.content.decode()
    assert "<svg" in text and f"<title>Ticket {booking.reference}</title>" in text
    assert f"the reference {booking.reference}, at the door" in text
    assert "camera=()" in page["Permissions-Policy"]
