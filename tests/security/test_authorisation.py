"""Changing an ID, a code or a token in a URL never reveals or changes another person's data."""

from datetime import timedelta

import pytest

from django.core import signing
from django.utils import timezone

from campaigns.events import bookings
from campaigns.events.emails import MANAGE_SALT, manage_token
from campaigns.models import Booking
from courses.models import Completion
from tests.campaigns.factories import EventPageFactory
from tests.campaigns.test_event_admin import make_organiser, refused
from tests.courses.factories import learner

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_bookings(event_index):
    event = EventPageFactory(parent=event_index, capacity=5)
    ash = bookings.book(event, name="Ash Smith", email="ash@example.org", places=1)
    bo = bookings.book(event, name="Bo Jones", email="bo@example.org", places=1)
    return ash, bo


def test_a_booking_link_with_another_bookings_id_finds_nothing(client, two_bookings):
    ash, bo = two_bookings
    # Even a correctly signed token fails unless its id and reference belong together.
    swapped = signing.dumps({"b": bo.pk, "r": ash.reference}, salt=MANAGE_SALT)
    unsalted = signing.dumps({"b": bo.pk, "r": bo.reference})
    for token in (swapped, unsalted):
        assert client.get(f"/bookings/{token}/").status_code == 404
        assert client.post(f"/bookings/{token}/", {"cancel": "yes"}).status_code == 404
    assert Booking.objects.get(pk=bo.pk).is_active
    page = client.get(f"/bookings/{manage_token(ash)}/").content.decode()
    assert ash.reference in page and bo.reference not in page


def test_a_learner_cannot_fetch_anyone_elses_certificate(client, module):
    ash, bo = learner("ash"), learner("bo")
    valid = timezone.localdate() + timedelta(days=365)
    theirs = Completion.objects.create(learner=bo, module=module, score=100, valid_until=valid)
    client.force_login(ash)
    assert client.get(f"/training/certificates/{theirs.certificate_code}/").status_code == 404
    client.logout()
    response = client.get(f"/training/certificates/{theirs.certificate_code}/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_an_organiser_cannot_reach_another_organisers_bookings_by_id(
    client, two_bookings, django_user_model
):
    ash, _ = two_bookings
    event = ash.event
    event.organiser = make_organiser(django_user_model, "owner")
    event.save_revision().publish()
    client.force_login(make_organiser(django_user_model, "other"))
    base = f"/admin/events/{event.pk}/"
    for url in (base, f"{base}bookings.csv", f"{base}check-in/?q=Ash"):
        response = client.get(url)
        assert refused(response) or response.status_code in (403, 404)
        assert b"Ash Smith" not in response.content
    for url in (f"{base}bookings/{ash.pk}/cancel/", f"{base}cancel/", f"{base}check-in/"):
        client.post(url, {"booking": ash.pk, "confirm": "yes"})
    ash.refresh_from_db()
    assert ash.is_active and ash.attended_at is None
