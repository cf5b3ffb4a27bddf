"""Walk-ins at the door: a name only, counted against capacity, never overbooking, never
overtaking the waiting list; nobody is emailed; only the event's own organiser may add one."""

import pytest

from django.core import mail

from campaigns.events import bookings
from campaigns.models import Booking, BookingEmail, EventPage
from tests.campaigns.factories import EventPageFactory
from tests.campaigns.test_event_admin import make_organiser, refused

pytestmark = pytest.mark.django_db


@pytest.fixture
def event(event_index, organiser):
    event = EventPageFactory(parent=event_index, title="Town hall", capacity=3, organiser=organiser)
    bookings.book(event, name="Aisha Khan", email="aisha@example.org", places=1)
    mail.outbox.clear()
    return event


def places_left(event):
    return EventPage.objects.get(pk=event.pk).places_left


def check_in_url(event):
    return f"/admin/events/{event.pk}/check-in/"


def test_an_organiser_adds_walk_ins_who_count_and_are_checked_in(client, organiser, event):
    client.force_login(organiser)
    page = client.get(check_in_url(event)).text
    assert "Add a walk-in" in page and "2 places left" in page
    response = client.post(
        check_in_url(event), {"walk_in": "  Sam   Patel ", "places": "1"}, follow=True
    )
    assert "Sam Patel (" in response.text and "added as a walk-in and checked in" in response.text
    assert "1</strong> of 2 places checked in" in response.text
    client.post(check_in_url(event), {"walk_in": "Jo Lee", "places": "1"})  # a second, no email
    walk_ins = Booking.objects.filter(email="").order_by("pk")
    assert [(b.name, b.status, b.attended_at is not None) for b in walk_ins] == [
        ("Sam Patel", "confirmed", True),
        ("Jo Lee", "confirmed", True),
    ]
    assert places_left(event) == 0
    assert "Walk-in, added at the door" in client.get(f"/admin/events/{event.pk}/").text
    assert mail.outbox == [] and not BookingEmail.objects.filter(booking__email="").exists()


def test_a_full_event_refuses_a_walk_in_and_keeps_what_was_typed(client, organiser, event):
    client.force_login(organiser)
    response = client.post(check_in_url(event), {"walk_in": "Big group", "places": "3"})
    assert response.status_code == 409
    text = response.content.decode()
    assert "Walk-in not added: Only 2 places left: the event is full." in text
    assert 'value="Big group"' in text and 'value="3"' in text
    assert not Booking.objects.filter(name="Big group").exists()
    assert places_left(event) == 2  # nothing taken


def test_a_walk_in_never_overtakes_the_waiting_list(client, organiser, event):
    bookings.book(event, name="Big group", email="group@example.org", places=2)
    bookings.book(event, name="Waiting", email="w@example.org", places=1, waitlist=True)
    client.force_login(organiser)
    response = client.post(check_in_url(event), {"walk_in": "Sam", "places": "1"})
    assert response.status_code == 409
    assert "People are on the waiting list" in response.content.decode()


def test_a_walk_in_needs_a_name_and_sensible_places(client, organiser, event):
    client.force_login(organiser)
    assert client.post(check_in_url(event), {"walk_in": "  ", "places": "1"}).status_code == 400
    assert client.post(check_in_url(event), {"walk_in": "Sam", "places": "x"}).status_code == 400
    assert client.post(check_in_url(event), {"walk_in": "Sam", "places": "0"}).status_code == 400
    assert not Booking.objects.filter(email="").exists()


def test_another_organiser_cannot_add_a_walk_in(client, django_user_model, event):
    other = make_organiser(django_user_model, "someone-else")
    client.force_login(other)
    response = client.post(check_in_url(event), {"walk_in": "Intruder", "places": "1"})
    assert refused(response) or response.status_code in (403, 404)
    assert not Booking.objects.filter(name="Intruder").exists()


def test_cancelling_a_walk_in_frees_the_place_and_emails_nobody(event):
    walk_in = bookings.add_walk_in(event, name="Sam")
    bookings.cancel_booking(walk_in, by_organiser=True)
    assert places_left(event) == 2
    assert mail.outbox == [] and not BookingEmail.objects.filter(booking=walk_in).exists()
