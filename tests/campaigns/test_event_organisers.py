"""Who organises an event, and so sees its bookings: only coordinators and superusers choose,
and an organiser edits, publishes, moves or deletes only the events they organise."""

import pytest

from django.contrib.auth.models import Group
from django.utils import timezone

from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, streamfield

from actsite import roles
from campaigns.events import bookings
from campaigns.models import Booking, EventPage
from tests.campaigns.factories import EventPageFactory, in_days, settings_named
from tests.courses.factories import learner

pytestmark = pytest.mark.django_db


def member(django_user_model, username, group, **names):
    user = django_user_model.objects.create_user(
        username, f"{username}@example.org", "x" * 14, **names
    )
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def olu(django_user_model):
    return member(django_user_model, "olu", roles.ORGANISERS, first_name="Olu", last_name="Ade")


@pytest.fixture
def kim(django_user_model):
    return member(django_user_model, "kim", roles.ORGANISERS, first_name="Kim", last_name="Lee")


@pytest.fixture
def coordinator(django_user_model):
    return member(django_user_model, "cora", roles.COORDINATORS)


@pytest.fixture
def olus_event(event_index, olu):
    event = EventPageFactory(parent=event_index, title="Station briefing", organiser=olu)
    bookings.book(event, name="Aisha Khan", email="aisha@example.org", places=1)
    return event


def event_form(event, action="action-publish", **changes):
    """The edit form as the admin posts it, with ``changes``."""
    fmt = "%Y-%m-%d %H:%M"
    data = nested_form_data(
        {
            "title": event.title,
            "slug": event.slug,
            "summary": event.summary,
            "starts_at": timezone.localtime(event.starts_at).strftime(fmt),
            "ends_at": timezone.localtime(event.ends_at).strftime(fmt),
            "venue_name": event.venue_name,
            "venue_address": event.venue_address,
            "capacity": event.capacity,
            "max_places_per_booking": event.max_places_per_booking,
            "body": streamfield([]),
            action: "1",
        }
    )
    data["workplace_settings"] = [s.pk for s in event.workplace_settings.all()] or [
        s.pk for s in settings_named("transport")
    ]
    if event.organiser_id:
        data["organiser"] = event.organiser_id
    data.update(changes)
    return data


def test_an_organiser_cannot_take_over_another_organisers_event(client, olus_event, kim):
    client.force_login(kim)
    edit_url = f"/admin/pages/{olus_event.pk}/edit/"
    assert client.get(edit_url).status_code != 200
    client.post(edit_url, event_form(olus_event, organiser=kim.pk, title="Mine now"))
    olus_event.refresh_from_db()
    assert olus_event.organiser_id != kim.pk and olus_event.title == "Station briefing"
    csv = client.get(f"/admin/events/{olus_event.pk}/bookings.csv")
    assert b"aisha@example.org" not in csv.content


@pytest.mark.parametrize(
    "url",
    [
        "/admin/pages/{pk}/delete/",
        "/admin/pages/{pk}/unpublish/",
        "/admin/pages/{pk}/move/",
        "/admin/pages/{pk}/copy/",
        "/admin/pages/{pk}/history/",
    ],
)
def test_an_organiser_cannot_touch_another_organisers_event(client, olus_event, kim, url):
    client.force_login(kim)
    url = url.format(pk=olus_event.pk)
    assert client.get(url).status_code != 200
    client.post(url, {"new_title": "Copy", "new_slug": "copy", "new_parent_page": 1})
    olus_event.refresh_from_db()
    assert olus_event.live and Page.objects.filter(pk=olus_event.pk).exists()
    assert EventPage.objects.count() == 1


def test_an_organiser_edits_and_publishes_their_own_event_but_cannot_hand_it_over(
    client, olus_event, olu, kim
):
    client.force_login(olu)
    edit_url = f"/admin/pages/{olus_event.pk}/edit/"
    page = client.get(edit_url)
    assert page.status_code == 200
    assert 'name="organiser"' not in page.text  # the field is not theirs to change
    response = client.post(edit_url, event_form(olus_event, organiser=kim.pk, title="Renamed"))
    assert response.status_code == 302, response.context and response.context["form"].errors
    olus_event.refresh_from_db()
    assert olus_event.title == "Renamed" and olus_event.organiser_id == olu.pk


def test_an_organiser_creating_an_event_organises_it(client, event_index, olu, kim):
    client.force_login(olu)
    draft = EventPage(
        title="Hotel staff session",
        slug="hotel-staff-session",
        summary="Rooms booked in cash.",
        starts_at=in_days(5),
        ends_at=in_days(5, hour=20),
        venue_name="Town Hall",
        capacity=10,
        max_places_per_booking=2,
    )
    response = client.post(
        f"/admin/pages/add/campaigns/eventpage/{event_index.pk}/",
        event_form(draft, organiser=kim.pk),
    )
    assert response.status_code == 302, response.context["form"].errors
    event = EventPage.objects.get(slug="hotel-staff-session", locale__language_code="en-gb")
    assert event.organiser_id == olu.pk


def test_coordinators_choose_organisers_from_the_organisers_group_by_name(
    client, olus_event, kim, coordinator
):
    learner("sam.learner")
    client.force_login(coordinator)
    edit_url = f"/admin/pages/{olus_event.pk}/edit/"
    page = client.get(edit_url)
    assert page.status_code == 200
    chooser = page.context["form"].fields["organiser"]
    assert {str(choice[1]) for choice in chooser.choices if choice[0]} == {"Olu Ade", "Kim Lee"}
    assert "sam.learner" not in page.text and "@example.org" not in page.text
    response = client.post(edit_url, event_form(olus_event, organiser=kim.pk))
    assert response.status_code == 302, response.context["form"].errors
    olus_event.refresh_from_db()
    assert olus_event.organiser_id == kim.pk
    someone = learner("sam.other")
    response = client.post(edit_url, event_form(olus_event, organiser=someone.pk))
    assert response.status_code == 200 and "organiser" in response.context["form"].errors
    olus_event.refresh_from_db()
    assert olus_event.organiser_id == kim.pk


def test_organisers_see_only_their_own_events_in_the_page_explorer(
    client, event_index, olus_event, kim
):
    EventPageFactory(parent=event_index, title="Kim's market stall", organiser=kim)
    client.force_login(kim)
    listing = client.get(f"/admin/pages/{event_index.pk}/").text
    assert "Kim&#x27;s market stall" in listing and "Station briefing" not in listing


def test_a_coordinator_may_assign_an_event_but_never_delete_it_with_its_bookings(
    client, olus_event, coordinator, olu
):

    bookings.book(olus_event, name="Sam Patel", email="sam@example.org", places=1)
    client.force_login(coordinator)
    assert client.get(f"/admin/pages/{olus_event.pk}/delete/").status_code in (302, 403)
    client.post(f"/admin/pages/{olus_event.pk}/delete/")
    assert Booking.objects.filter(event=olus_event).exists()
    assert not olus_event.permissions_for_user(coordinator).can_delete()
    assert olus_event.permissions_for_user(olu).can_delete()


def test_an_organiser_cannot_take_the_events_index_and_everyones_events_down(
    client, olus_event, kim, event_index
):
    client.force_login(kim)
    client.post(f"/admin/pages/{event_index.pk}/unpublish/", {"include_descendants": "on"})
    event_index.refresh_from_db()
    olus_event.refresh_from_db()
    assert event_index.live and olus_event.live
    assert client.get(f"/admin/pages/{event_index.pk}/move/").status_code in (302, 403)
    assert client.get(f"/admin/pages/{event_index.pk}/delete/").status_code in (302, 403)
    adding = client.get(f"/admin/pages/add/campaigns/eventpage/{event_index.pk}/")
    assert adding.status_code == 200  # adding their own events still works


def test_a_coordinator_cannot_unpublish_someone_elses_event(client, olus_event, coordinator):
    client.force_login(coordinator)
    client.post(f"/admin/pages/{olus_event.pk}/unpublish/")
    olus_event.refresh_from_db()
    assert olus_event.live


def test_a_check_in_for_a_booking_that_is_not_a_number_is_not_found(client, olus_event, olu):
    client.force_login(olu)
    response = client.post(f"/admin/events/{olus_event.pk}/check-in/", {"booking": "abc"})
    assert response.status_code == 404
