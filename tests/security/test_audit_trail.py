"""Who looked at or exported personal data is for superusers only (SECURITY.md): editors never
see it in Wagtail's site history or in a page's history, but superusers do."""

import importlib

import pytest

from django.apps import apps
from django.contrib.auth.models import Group

from wagtail.models import ModelLogEntry, PageLogEntry

from actsite import roles
from actsite.models import PersonalDataAccess
from campaigns.events import bookings
from courses.models import Department
from tests.campaigns.factories import EventPageFactory
from tests.courses.factories import learner

pytestmark = pytest.mark.django_db

EXPORTED = "Exported the bookings as CSV"
VIEWED_BOOKINGS = "Viewed the attendee list"
VIEWED_LEARNERS = "Viewed learners&#x27; training records"
EXPORTED_REPORT = "Exported the training report"
SITE_HISTORY = "/admin/reports/site-history/"


def member(django_user_model, username, group):
    user = django_user_model.objects.create_user(username, f"{username}@example.org", "x" * 14)
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def organisers_at_work(client, django_user_model, event_index):
    """Olu opens and exports their event's bookings; Kim organises another event."""
    olu = member(django_user_model, "olu", roles.ORGANISERS)
    kim = member(django_user_model, "kim", roles.ORGANISERS)
    event = EventPageFactory(parent=event_index, organiser=olu)
    EventPageFactory(parent=event_index, organiser=kim)
    bookings.book(event, name="Aisha Khan", email="aisha@example.org", places=1)
    client.force_login(olu)
    assert client.get(f"/admin/events/{event.pk}/").status_code == 200
    assert client.get(f"/admin/events/{event.pk}/bookings.csv").status_code == 200
    return {"olu": olu, "kim": kim, "event": event}


@pytest.fixture
def managers_at_work(client, django_user_model, module):
    """Tara views and exports her department's training records; Uma manages another."""
    tara = member(django_user_model, "tara", roles.TRAINING_MANAGERS)
    uma = member(django_user_model, "uma", roles.TRAINING_MANAGERS)
    Department.objects.create(name="Licensing").training_managers.add(tara)
    Department.objects.create(name="Housing").training_managers.add(uma)
    learner("sam", department="Licensing")
    client.force_login(tara)
    assert client.get(f"/admin/training/report/{module.pk}/people/").status_code == 200
    assert client.get("/admin/training/report/?format=csv").status_code == 200
    return {"tara": tara, "uma": uma}


def test_an_organiser_does_not_see_another_organisers_exports(client, organisers_at_work):
    client.force_login(organisers_at_work["kim"])
    history = client.get(SITE_HISTORY)
    assert history.status_code == 200
    assert EXPORTED not in history.text and VIEWED_BOOKINGS not in history.text
    # nor even that such actions exist, in the filter
    assert "campaigns.bookings_exported" not in history.text


def test_the_organiser_and_coordinators_do_not_see_it_in_the_pages_history(
    client, django_user_model, organisers_at_work
):
    coordinator = member(django_user_model, "cora", roles.COORDINATORS)
    event = organisers_at_work["event"]
    for user in (organisers_at_work["olu"], coordinator):
        client.force_login(user)
        history = client.get(f"/admin/pages/{event.pk}/history/")
        assert history.status_code == 200
        assert EXPORTED not in history.text and VIEWED_BOOKINGS not in history.text
        assert EXPORTED not in client.get(SITE_HISTORY).text


def test_a_training_manager_does_not_see_anothers_views_of_records(client, managers_at_work):
    client.force_login(managers_at_work["uma"])
    history = client.get(SITE_HISTORY)
    assert history.status_code == 200
    assert VIEWED_LEARNERS not in history.text and EXPORTED_REPORT not in history.text
    assert "/admin/users/" not in client.get(SITE_HISTORY + "?action=courses.report_exported").text


def test_superusers_see_the_whole_audit_trail(admin_client, organisers_at_work, managers_at_work):
    history = admin_client.get(SITE_HISTORY).text
    for action in (EXPORTED, VIEWED_BOOKINGS, VIEWED_LEARNERS, EXPORTED_REPORT):
        assert action in history
    assert "olu" in history and "tara" in history


def test_entries_in_wagtails_logs_from_before_the_trail_move_into_it(event_index, admin_user):
    event = EventPageFactory(parent=event_index)
    PageLogEntry.objects.log_action(event, "campaigns.bookings_exported", user=admin_user)
    ModelLogEntry.objects.log_action(admin_user, "courses.report_exported", user=admin_user)
    migration = importlib.import_module("actsite.migrations.0007_personal_data_access")
    migration.move_access_entries(apps, schema_editor=None)
    assert not PageLogEntry.objects.filter(action="campaigns.bookings_exported").exists()
    assert not ModelLogEntry.objects.filter(action="courses.report_exported").exists()
    moved = PersonalDataAccess.objects.order_by("id")
    assert [(entry.action, entry.object_id, entry.user_id) for entry in moved] == [
        ("campaigns.bookings_exported", str(event.pk), admin_user.pk),
        ("courses.report_exported", str(admin_user.pk), admin_user.pk),
    ]
