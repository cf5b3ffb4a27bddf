"""Assignments in the admin: a training manager sees, creates, edits and deletes only the
assignments of the departments they manage, and chooses only their own staff by name."""

from datetime import timedelta

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from actsite import roles
from courses.models import Assignment, Department
from tests.campaigns.factories import settings_named
from tests.courses.factories import learner

pytestmark = pytest.mark.django_db


def due():
    return timezone.localdate() + timedelta(days=30)


@pytest.fixture
def licensing(module):
    return Department.objects.create(name="Licensing")


@pytest.fixture
def manager(client, licensing):
    user = get_user_model().objects.create_user("tara", "tara@example.org", "x" * 14)
    user.groups.add(Group.objects.get(name=roles.TRAINING_MANAGERS))
    licensing.training_managers.add(user)
    client.force_login(user)
    return user


@pytest.fixture
def theirs(module):
    """Another department's assignments: to the department and to one of its staff."""
    housing = Department.objects.create(name="Housing")
    person = learner("harriet.housing", department="Housing", first_name="Harriet")
    return [
        Assignment.objects.create(module=module, department=housing, due_on=due()),
        Assignment.objects.create(module=module, learner=person, due_on=due()),
    ]


@pytest.fixture
def mine(module, licensing):
    person = learner("liam.licensing", department="Licensing", first_name="Liam")
    return [
        Assignment.objects.create(module=module, department=licensing, due_on=due()),
        Assignment.objects.create(module=module, learner=person, due_on=due()),
    ]


def test_a_manager_lists_only_their_departments_assignments(client, manager, theirs, mine):
    listing = client.get("/admin/assignments/").text
    assert "Licensing" in listing and "liam.licensing" in listing
    assert "Housing" not in listing and "harriet.housing" not in listing


def test_another_departments_assignment_cannot_be_opened_changed_or_deleted(
    client, manager, module, theirs
):
    for assignment in theirs:
        for view in ("edit", "delete", "history", "usage", "copy"):
            response = client.get(f"/admin/assignments/{view}/{assignment.pk}/")
            assert response.status_code in (403, 404), (view, response.status_code)
            assert b"harriet" not in response.content
        client.post(
            f"/admin/assignments/edit/{assignment.pk}/",
            {
                "module": module.pk,
                "due_on": "2030-01-01",
                "department": assignment.department_id or "",
            },
        )
        client.post(f"/admin/assignments/delete/{assignment.pk}/")
    for assignment in theirs:
        assignment.refresh_from_db()
        assert str(assignment.due_on) != "2030-01-01"


def test_the_form_offers_only_their_departments_and_staff_by_name(client, manager, theirs, mine):
    learner("sam.unplaced")
    form = client.get("/admin/assignments/new/").context["form"]
    assert [str(d) for d in form.fields["department"].queryset] == ["Licensing"]
    assert [label for pk, label in form.fields["learner"].choices if pk] == ["Liam"]
    assert "workplace_setting" not in form.fields  # a setting spans every department
    page = client.get("/admin/assignments/new/").text
    assert "@example.org" not in page


def test_a_forged_post_outside_their_departments_is_refused(client, manager, module, theirs):
    housing, harriet = theirs[0].department, theirs[1].learner
    forged = [
        {"department": housing.pk},
        {"learner": harriet.pk},
        {"workplace_setting": settings_named("transport")[0].pk},
    ]
    for target in forged:
        response = client.post(
            "/admin/assignments/new/", {"module": module.pk, "due_on": due(), **target}
        )
        assert response.status_code == 200 and response.context["form"].errors, target
    assert Assignment.objects.count() == len(theirs)


def test_a_manager_assigns_their_own_staff(client, manager, module, mine):
    liam = mine[1].learner
    response = client.post(
        "/admin/assignments/new/", {"module": module.pk, "due_on": due(), "learner": liam.pk}
    )
    assert response.status_code == 302
    created = Assignment.objects.latest("created_at")
    assert created.learner == liam and created.assigned_by == manager
    response = client.post(f"/admin/assignments/delete/{mine[0].pk}/")
    assert response.status_code == 302
    assert not Assignment.objects.filter(pk=mine[0].pk).exists()


def test_superusers_see_and_assign_everything(admin_client, module, theirs, mine):
    listing = admin_client.get("/admin/assignments/").text
    assert "Housing" in listing and "Licensing" in listing
    form = admin_client.get("/admin/assignments/new/").context["form"]
    assert "workplace_setting" in form.fields
    response = admin_client.post(
        "/admin/assignments/new/",
        {
            "module": module.pk,
            "due_on": due(),
            "workplace_setting": settings_named("transport")[0].pk,
        },
    )
    assert response.status_code == 302
