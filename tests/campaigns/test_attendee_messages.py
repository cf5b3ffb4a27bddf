"""An organiser writes to everyone with a confirmed place: each gets it by email (through the
outbox, with their booking link, the footer in their language); the waiting list, walk-ins
and cancelled bookings do not; the event's history records it; nobody else may do it."""

import re

import pytest

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from campaigns.events import bookings
from campaigns.models import AttendeeMessageEmail
from tests.campaigns.factories import EventPageFactory
from tests.campaigns.test_event_admin import make_organiser, refused

pytestmark = pytest.mark.django_db

MESSAGE = {"subject": "The room has changed", "body": "We are now in room 2, on the first floor."}


@pytest.fixture
def event(event_index, organiser):
    event = EventPageFactory(parent=event_index, title="Town hall", capacity=3, organiser=organiser)
    bookings.book(event, name="Aisha", email="aisha@example.org", places=1)
    bookings.book(event, name="Ola", email="ola@example.org", places=1, language="pl")
    gone = bookings.book(event, name="Gone", email="gone@example.org", places=1)
    bookings.cancel_booking(gone)
    bookings.add_walk_in(event, name="Door")  # the last place: no address to write to
    bookings.book(event, name="Waiting", email="wait@example.org", places=1, waitlist=True)
    mail.outbox.clear()
    return event


def url(event):
    return f"/admin/events/{event.pk}/message/"


def test_the_organiser_writes_to_every_confirmed_attendee(
    client, admin_client, organiser, event, django_capture_on_commit_callbacks
):
    client.force_login(organiser)
    page = client.get(url(event)).content.decode()
    assert "<strong>2</strong> people with a confirmed place" in page
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url(event), MESSAGE, follow=True)
    assert "“The room has changed” is on its way to 2 attendees." in response.content.decode()
    received = {message.to[0]: message for message in mail.outbox}
    assert set(received) == {"aisha@example.org", "ola@example.org"}  # not waiting, not gone
    english = received["aisha@example.org"]
    assert english.subject == "Town hall: The room has changed"
    assert english.body.startswith("We are now in room 2, on the first floor.")
    assert "This message is from its organisers." in english.body
    assert "Ta wiadomość jest od organizatorów." in received["ola@example.org"].body
    # The booking link in the email works for its holder.
    link = re.search(r"https?://\S+/bookings/\S+/", english.body).group(0)
    booking_page = client.__class__().get(link.split("localhost", 1)[1])
    assert booking_page.status_code == 200 and "Town hall" in booking_page.content.decode()
    # The event's history says who wrote and what about, not to whom.
    history = admin_client.get(f"/admin/pages/{event.pk}/history/").content.decode()
    assert "Wrote to 2 confirmed attendees: “The room has changed”" in history
    assert "aisha@example.org" not in history


def test_a_message_needs_a_subject_and_text_and_keeps_what_was_typed(client, organiser, event):
    client.force_login(organiser)
    response = client.post(url(event), {"subject": " ", "body": "Bring your ticket."})
    assert response.status_code == 400
    text = response.content.decode()
    assert "Write a subject and a message." in text and "Bring your ticket." in text
    assert not AttendeeMessageEmail.objects.exists()


def test_another_organiser_cannot_write_to_these_attendees(client, django_user_model, event):
    client.force_login(make_organiser(django_user_model, "someone-else"))
    response = client.post(url(event), MESSAGE)
    assert refused(response) or response.status_code in (403, 404)
    assert not AttendeeMessageEmail.objects.exists()


def test_with_the_relay_down_the_messages_wait_in_the_outbox(
    client, organiser, event, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.campaigns.failing_mail.FailingBackend"
    client.force_login(organiser)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url(event), MESSAGE)
    assert AttendeeMessageEmail.objects.filter(sent_at=None).count() == 2
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    AttendeeMessageEmail.objects.update(claimed_until=timezone.now())
    call_command("send_emails")
    sent = [m.to[0] for m in mail.outbox if m.subject == "Town hall: The room has changed"]
    assert sorted(sent) == ["aisha@example.org", "ola@example.org"]
