"""Admin home panels for each role, at a fixed cost in queries."""

import pytest

from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext

from actsite import roles
from campaigns.downloads import record_download
from campaigns.events import bookings
from campaigns.models import PackRequest
from tests.campaigns.factories import EventPageFactory, ResourcePageFactory, settings_named

pytestmark = pytest.mark.django_db


def user_in(django_user_model, username, role):
    user = django_user_model.objects.create_user(username, f"{username}@example.org", "x" * 14)
    user.groups.add(Group.objects.get(name=role))
    return user


def add_work(event_index, resource_index, organiser, count):
    for n in range(count):
        event = EventPageFactory(parent=event_index, organiser=organiser, capacity=1)
        bookings.book(event, name="A", email=f"a{n}@example.org", places=1)
        bookings.book(event, name="B", email=f"b{n}@example.org", places=1, waitlist=True)
        PackRequest.objects.create(
            venue_name=f"Venue {n}",
            workplace_setting=settings_named("transport")[0],
            delivery_address="Station Approach",
            postcode="LS1 4DY",
            contact_name="Sam",
            contact_email="sam@example.org",
        )
        poster = ResourcePageFactory(parent=resource_index, languages=["en"])
        record_download(poster.files.first().document)


def home_queries(client):
    client.get("/admin/")
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/admin/")
    return response, len(captured)


def test_coordinators_see_requests_and_downloads_at_a_fixed_cost(
    client, django_user_model, event_index, resource_index
):
    coordinator = user_in(django_user_model, "colin", roles.COORDINATORS)
    organiser = user_in(django_user_model, "olu", roles.ORGANISERS)
    client.force_login(coordinator)
    add_work(event_index, resource_index, organiser, 2)
    response, small = home_queries(client)
    assert "Open printed-pack requests" in response.text and "Venue 0" in response.text
    assert "Top downloads this month" in response.text
    assert "Your upcoming events" not in response.text
    add_work(event_index, resource_index, organiser, 8)
    response, large = home_queries(client)
    assert "10 open requests" in response.text
    assert small == large


def test_organisers_see_their_events_with_bookings_and_waiting_at_a_fixed_cost(
    client, django_user_model, event_index, resource_index
):
    organiser = user_in(django_user_model, "olu", roles.ORGANISERS)
    client.force_login(organiser)
    add_work(event_index, resource_index, organiser, 2)
    response, small = home_queries(client)
    assert "Your upcoming events" in response.text and "1 / 1" in response.text
    assert "Open printed-pack requests" not in response.text
    add_work(event_index, resource_index, organiser, 8)
    _, large = home_queries(client)
    assert small == large


def test_volunteers_see_no_personal_data_on_their_dashboard(
    client, django_user_model, event_index, resource_index
):
    volunteer = user_in(django_user_model, "vera", roles.VOLUNTEERS)
    add_work(event_index, resource_index, user_in(django_user_model, "olu", roles.ORGANISERS), 1)
    client.force_login(volunteer)
    page = client.get("/admin/").text
    assert "Venue 0" not in page and "Your upcoming events" not in page
