"""Booking emails are written in the language the person booked in, whatever language the
site is being read in when the email goes out."""

import re

import pytest

from django.core import mail
from django.utils import translation

from campaigns.events import bookings
from campaigns.events.emails import send_booking_email
from campaigns.models import Booking, BookingEmail
from tests.campaigns.factories import EventPageFactory
from tests.campaigns.translations import translate
from tests.core.factories import HelplineFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def polish_event(event_index):
    event = EventPageFactory(parent=event_index, title="Spot the signs training", capacity=5)
    helpline = HelplineFactory(name="Modern Slavery Helpline", number="08000 121 700")
    translate(helpline, "pl", name="Infolinia ds. współczesnego niewolnictwa")
    return event, translate(event, "pl", title="Szkolenie: jak rozpoznać wyzysk")


def test_booking_on_the_polish_page_sends_a_polish_confirmation(
    client, polish_event, django_capture_on_commit_callbacks
):
    english, polish = polish_event
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"{polish.url}book/",
            {"name": "Ola", "email": "ola@example.org", "places": "1", "consent": "on"},
        )
    assert response.status_code == 302
    assert response.url == "/pl/bookings/received/"
    assert "Sprawdź swoją pocztę e-mail" in client.get(response.url).text
    (email,) = mail.outbox
    assert email.subject == "Twoja rezerwacja na Szkolenie: jak rozpoznać wyzysk"
    assert email.body.startswith("Dzień dobry Ola,")
    assert "Masz rezerwację na Szkolenie: jak rozpoznać wyzysk." in email.body
    assert "Infolinia ds. współczesnego niewolnictwa: 08000 121 700" in email.body
    assert "/pl/bookings/" in email.body  # the manage link opens in Polish too
    assert email.attachments  # the calendar file

    # Cancelling from the Polish link: a Polish page and a Polish email.
    link = re.search(r"http://localhost(/pl/bookings/[^/\s]+/)", email.body).group(1)
    manage = client.get(link).content.decode()
    assert "Twój numer rezerwacji to" in manage
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        page = client.post(link, {"confirm": "yes"}).content.decode()
    assert "Rezerwacja anulowana" in page
    (cancelled,) = mail.outbox
    assert (
        cancelled.subject == "Twoja rezerwacja na Szkolenie: jak rozpoznać wyzysk została anulowana"
    )


def test_emails_use_the_booking_language_not_the_current_one(polish_event):
    english, _polish = polish_event
    welsh_booking = bookings.book(
        english, name="Dafydd", email="d@example.org", places=1, language="cy"
    )
    english_booking = bookings.book(
        english, name="Sam", email="s@example.org", places=1, language="en-gb"
    )
    mail.outbox.clear()
    with translation.override("pl"):  # e.g. a reminder sent while serving a Polish page
        send_booking_email(welsh_booking, BookingEmail.Kind.REMINDER)
        send_booking_email(english_booking, BookingEmail.Kind.REMINDER)
    welsh, english_email = mail.outbox
    assert welsh.subject == "Nodyn atgoffa: Spot the signs training"  # title not translated
    assert welsh.body.startswith("Helo Dafydd,")
    assert english_email.subject == "Reminder: Spot the signs training"
    assert english_email.body.startswith("Hello Sam,")
    assert Booking.objects.get(pk=welsh_booking.pk).language == "cy"
