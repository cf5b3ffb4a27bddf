"""Organisers' booking admin: their own events only, lists, CSV, check-in, cancelling."""

import csv
import io

import pytest

from django.contrib.auth.models import Group, Permission
from django.core import mail

from actsite.models import PersonalDataAccess
from campaigns.events import bookings
from campaigns.models import Booking
from tests.campaigns.factories import EventPageFactory, make_organiser

pytestmark = pytest.mark.django_db


def refused(response):
    """Wagtail's admin answers a permission error by sending the user back to the dashboard."""
    return response.status_code == 302 and response["Location"] == "/admin/"


@pytest.fixture
def event(event_index, organiser):
    event = EventPageFactory(
        parent=event_index, title="Station briefing", capacity=3, organiser=organiser
    )
    bookings.book(
        event,
        name="Aisha Khan",
        email="aisha@example.org",
        places=2,
        access_requirements="Hearing loop, please",
    )
    bookings.book(event, name="Tom Bradley", email="tom@example.org", places=1)
    bookings.book(event, name="=HYPERLINK(1)", email="maria@example.org", places=1, waitlist=True)
    return event


def test_an_organiser_sees_their_own_events_and_nobody_elses(
    client, django_user_model, event_index, event, organiser
):
    other = EventPageFactory(
        parent=event_index,
        title="Someone else's evening",
        organiser=make_organiser(django_user_model, "kim"),
    )
    client.force_login(organiser)
    listing = client.get("/admin/events/").text
    assert "Station briefing" in listing and "3 / 3" in listing
    assert "evening" not in listing
    for url in ("", "bookings.csv", "check-in/", "cancel/"):
        assert refused(client.get(f"/admin/events/{other.pk}/{url}"))
    assert refused(client.post(f"/admin/events/{other.pk}/cancel/"))
    assert not other.seats.cancelled_at


def test_people_without_the_permission_see_no_bookings(client, django_user_model, event):
    editor = django_user_model.objects.create_user("ed", "ed@example.org", "x" * 14)
    editor.groups.add(Group.objects.get_or_create(name="Editors")[0])
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    event.organiser = editor
    event.save_revision().publish()
    client.force_login(editor)
    assert "Station briefing" not in client.get("/admin/events/").text
    assert refused(client.get(f"/admin/events/{event.pk}/"))
    assert 'href="/admin/events/"' not in client.get("/admin/").text


def test_superusers_see_every_event(admin_client, event):
    assert "Station briefing" in admin_client.get("/admin/events/").text
    assert admin_client.get(f"/admin/events/{event.pk}/").status_code == 200


def test_the_attendee_list_shows_access_needs_and_the_waiting_list_and_is_logged(
    client, organiser, event
):
    client.force_login(organiser)
    page = client.get(f"/admin/events/{event.pk}/").text
    assert "Aisha Khan" in page and "Hearing loop, please" in page
    assert "Nobody is waiting." not in page and "=HYPERLINK(1)" in page
    entry = PersonalDataAccess.objects.get(action="campaigns.bookings_viewed")
    assert entry.user == organiser and entry.object_id == str(event.pk)


def test_csv_export_has_every_active_booking_defuses_formulas_and_is_logged(
    client, organiser, event
):
    client.force_login(organiser)
    response = client.get(f"/admin/events/{event.pk}/bookings.csv")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert [row["Name"] for row in rows] == ["Aisha Khan", "Tom Bradley", "'=HYPERLINK(1)"]
    assert rows[0]["Access requirements"] == "Hearing loop, please"
    assert rows[2]["Status"] == "On the waiting list"
    assert PersonalDataAccess.objects.filter(action="campaigns.bookings_exported").count() == 1


def test_check_in_finds_people_by_name_or_reference_and_marks_them(client, organiser, event):
    client.force_login(organiser)
    tom = Booking.objects.get(email="tom@example.org")
    by_name = client.get(f"/admin/events/{event.pk}/check-in/?q=aisha").text
    assert "Aisha Khan" in by_name and "Tom Bradley" not in by_name
    by_reference = client.get(f"/admin/events/{event.pk}/check-in/?q={tom.reference.lower()}")
    assert "Tom Bradley" in by_reference.text and "Aisha Khan" not in by_reference.text
    assert "=HYPERLINK" not in client.get(f"/admin/events/{event.pk}/check-in/").text

    response = client.post(
        f"/admin/events/{event.pk}/check-in/",
        {"booking": tom.pk, "attended": "1", "q": "tom"},
        follow=True,
    )
    assert response.redirect_chain[-1][0].endswith("?q=tom")
    assert "Tom Bradley (" in response.text and "is checked in" in response.text
    tom.refresh_from_db()
    assert tom.attended_at is not None
    assert "1</strong> of 3 places checked in" in response.text

    client.post(f"/admin/events/{event.pk}/check-in/", {"booking": tom.pk, "attended": "0"})
    tom.refresh_from_db()
    assert tom.attended_at is None


def test_people_waiting_cannot_be_checked_in(client, organiser, event):
    client.force_login(organiser)
    waiting = Booking.objects.get(status=Booking.Status.WAITLISTED)
    response = client.post(
        f"/admin/events/{event.pk}/check-in/",
        {"booking": waiting.pk, "attended": "1"},
        follow=True,
    )
    assert "Only confirmed bookings can be checked in." in response.text
    waiting.refresh_from_db()
    assert waiting.attended_at is None


def test_an_organiser_cancels_a_booking_and_the_next_person_is_promoted(
    client, organiser, event, django_capture_on_commit_callbacks
):
    client.force_login(organiser)
    tom = Booking.objects.get(email="tom@example.org")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/events/{event.pk}/bookings/{tom.pk}/cancel/", {"confirm": "yes"})
    assert Booking.objects.get(email="tom@example.org").status == Booking.Status.CANCELLED
    assert Booking.objects.get(email="maria@example.org").status == Booking.Status.CONFIRMED
    assert sorted(m.to[0] for m in mail.outbox) == ["maria@example.org", "tom@example.org"]
    entry = PersonalDataAccess.objects.get(action="campaigns.booking_cancelled")
    assert entry.data == {"reference": tom.reference}
    again = client.get(f"/admin/events/{event.pk}/bookings/{tom.pk}/cancel/")
    assert "is already cancelled" in again.text


def test_an_organiser_cancels_the_whole_event_after_confirming(
    client, organiser, event, django_capture_on_commit_callbacks
):
    client.force_login(organiser)
    confirm = client.get(f"/admin/events/{event.pk}/cancel/")
    assert "cancels every booking and emails everyone" in confirm.text
    assert not Booking.objects.filter(status=Booking.Status.CANCELLED).exists()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/events/{event.pk}/cancel/", follow=True)
    assert "3 people are being emailed" in response.text
    assert len(mail.outbox) == 3
    assert not Booking.objects.filter(status__in=Booking.ACTIVE_STATUSES).exists()
    assert "This event is cancelled" in client.get(event.url).text
