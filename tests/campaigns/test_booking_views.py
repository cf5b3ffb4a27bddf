"""Booking through the event's booking page, and seeing or cancelling a booking through its link."""

import re

import pytest

from django.core import mail
from django.db import OperationalError

from campaigns.events import bookings
from campaigns.events.emails import manage_token
from campaigns.models import Booking, EventSeats
from tests.campaigns.factories import EventPageFactory, in_days

pytestmark = pytest.mark.django_db


@pytest.fixture
def event(event_index):
    return EventPageFactory(parent=event_index, title="Town Hall awareness evening", capacity=3)


def form(**overrides):
    data = {
        "name": "Sam Patel",
        "email": "sam@example.org",
        "organisation": "Leeds City Council",
        "places": "1",
        "access_requirements": "",
        "consent": "on",
        "website": "",
    }
    data.update(overrides)
    return data


def book_url(event):
    return f"{event.url}book/"


def manage_link(body):
    return re.search(r"http://localhost(/bookings/[^/\s]+/)", body).group(1)


def test_the_event_page_shows_places_left_and_links_to_its_booking_page(client, event):
    response = client.get(event.url)
    assert response.status_code == 200
    assert "3 places left" in response.text
    assert f'href="{book_url(event)}"' in response.text
    assert f"{event.url}calendar/" in response.text
    # Nothing per visitor: one copy serves everyone from the HTTP cache.
    assert "csrfmiddlewaretoken" not in response.text and not response.cookies
    assert response["Cache-Control"].startswith("public")

    form_page = client.get(book_url(event))
    assert 'name="consent"' in form_page.text and "csrfmiddlewaretoken" in form_page.text
    assert "3 places left" in form_page.text
    assert form_page["Cache-Control"] == "private, no-store"


def test_booking_confirms_and_emails_a_working_cancellation_link(
    client, event, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(book_url(event), form(places="2"), follow=True)
    booking = Booking.objects.get()
    assert booking.status == Booking.Status.CONFIRMED
    assert "Check your email" in response.text

    link = manage_link(mail.outbox[0].body)
    page = client.get(link)
    assert "You are booked" in page.text and booking.reference in page.text
    assert "Cancel this booking" in page.text
    assert page["Cache-Control"] == "private, no-store"
    with django_capture_on_commit_callbacks(execute=True):
        cancelled = client.post(link, {"confirm": "yes"})
    assert "Booking cancelled" in cancelled.text
    assert Booking.objects.get().status == Booking.Status.CANCELLED
    assert EventSeats.objects.get(event=event).booked == 0
    assert mail.outbox[-1].subject.startswith("Your booking for")


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"email": "not-an-email"}, "Enter a valid email address."),
        ({"places": "9"}, "You can book up to 4 places at a time."),
        ({"places": "0"}, "Ensure this value is greater than or equal to 1."),
        ({"consent": ""}, "Tick the box to agree to the privacy notice."),
        ({"name": ""}, "This field is required."),
    ],
)
def test_bad_input_is_explained_keeps_what_was_typed_and_books_nothing(
    client, event, overrides, message
):
    response = client.post(book_url(event), form(**overrides))
    assert response.status_code == 400
    assert message in response.text
    assert 'value="Leeds City Council"' in response.text
    assert "There is a problem" in response.text
    assert not Booking.objects.exists()


def test_a_full_event_offers_the_waiting_list_and_shows_the_position(client, event):
    bookings.book(event, name="A", email="a@example.org", places=3)
    page = client.get(event.url)
    assert "Fully booked — join the waiting list" in page.text

    refused = client.post(book_url(event), form())  # a form loaded before it filled up
    assert refused.status_code == 409
    assert "You can join the waiting list instead" in refused.text
    assert 'name="waitlist" value="True"' in refused.text

    joined = client.post(book_url(event), form(waitlist="True"), follow=True)
    assert "Check your email" in joined.text
    waiting = Booking.objects.get(email="sam@example.org")
    assert waiting.status == Booking.Status.WAITLISTED
    page = client.get(f"/bookings/{manage_token(waiting)}/")
    assert "You are number 1 on the waiting list" in page.text


def test_booking_again_with_the_same_email_reveals_nothing_and_emails_the_holder(
    client, event, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(book_url(event), form())
    with django_capture_on_commit_callbacks(execute=True):
        again = client.post(book_url(event), form(email="SAM@example.org", name="Someone Else"))
    # A stranger trying an address gets exactly what a new booker gets.
    assert (again.status_code, again["Location"]) == (first.status_code, first["Location"])
    nonce = re.compile(r'nonce="[^"]+"')
    pages = [nonce.sub("", client.get(r["Location"]).text) for r in (first, again)]
    assert pages[0] == pages[1]
    assert "already" not in client.get(again["Location"]).text
    assert Booking.objects.count() == 1
    assert EventSeats.objects.get(event=event).booked == 1  # no place taken twice
    confirmation, reminder = mail.outbox
    assert reminder.to == ["sam@example.org"]
    assert "tried to book" in reminder.body and manage_link(reminder.body)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(book_url(event), form())  # a third try sends nothing more (no spamming)
    assert len(mail.outbox) == 2


def test_a_past_event_takes_no_bookings(client, event_index):
    past = EventPageFactory(parent=event_index, starts_at=in_days(-3), ends_at=in_days(-3, 20))
    assert "This event has taken place" in client.get(past.url).text
    response = client.post(book_url(past), form())
    assert response.status_code == 400
    assert "This event has taken place" in response.text
    assert not Booking.objects.exists()


def test_a_tampered_or_unknown_link_is_not_found(client, event):
    booking = bookings.book(event, name="A", email="a@example.org", places=1)
    token = manage_token(booking)
    assert client.get(f"/bookings/{token[:-2]}xx/").status_code == 404
    assert client.post(f"/bookings/{token[:-2]}xx/").status_code == 404
    assert client.get("/bookings/nonsense/").status_code == 404
    assert Booking.objects.get().is_active


def test_a_booking_cannot_be_cancelled_online_once_the_event_has_started(client, event):
    booking = bookings.book(event, name="A", email="a@example.org", places=1)
    event.starts_at, event.ends_at = in_days(0, 0), in_days(1, 23)
    event.save_revision().publish()
    response = client.post(f"/bookings/{manage_token(booking)}/")
    assert response.status_code == 400
    assert "can no longer be cancelled online" in response.text
    assert Booking.objects.get().is_active


def test_a_cancelled_event_says_so(client, event):
    booking = bookings.book(event, name="A", email="a@example.org", places=1)
    bookings.cancel_event(event)
    assert "This event is cancelled" in client.get(event.url).text
    assert "This event is cancelled" in client.get(f"/bookings/{manage_token(booking)}/").text
    assert client.post(book_url(event), form()).status_code == 400


def test_the_honeypot_quietly_books_nothing(client, event):
    response = client.post(book_url(event), form(website="http://spam.example"))
    assert response.status_code == 302
    assert not Booking.objects.exists()


def test_too_many_bookings_from_one_connection_are_refused(client, event_index):
    event = EventPageFactory(parent=event_index, capacity=50)
    for n in range(10):
        assert client.post(book_url(event), form(email=f"p{n}@example.org")).status_code == 302
    response = client.post(book_url(event), form(email="p10@example.org"))
    assert response.status_code == 429
    assert "Too many bookings from your connection" in response.text
    assert Booking.objects.count() == 10


def test_a_busy_database_asks_the_person_to_try_again(client, event, monkeypatch):
    def locked(*args, **kwargs):
        raise OperationalError("database is locked")

    monkeypatch.setattr(bookings, "_take_places", locked)
    response = client.post(book_url(event), form())
    assert response.status_code == 503
    assert "Please try again in a moment." in response.text
    assert 'value="sam@example.org"' in response.text


def test_the_calendar_file_has_the_event_and_no_personal_data(client, event):
    bookings.book(event, name="Sam Patel", email="sam@example.org", places=1)
    response = client.get(f"{event.url}calendar/")
    assert response["Content-Type"] == "text/calendar"
    assert "attachment" in response["Content-Disposition"]
    body = response.content.decode()
    assert "SUMMARY:Town Hall awareness evening" in body
    assert "DTSTART;TZID=Europe/London" in body
    assert "sam@example.org" not in body and "Sam" not in body
