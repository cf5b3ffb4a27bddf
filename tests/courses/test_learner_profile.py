"""A learner's profile in the admin: their department, setting, line manager, assignments with
status, every completion with its certificate, reminders sent; for their department's training
managers only (another department's manager gets "not found")."""

from datetime import timedelta

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from actsite import roles
from actsite.models import PersonalDataAccess
from courses.models import Assignment, Completion, Department, LearnerProfile, TrainingReminder
from tests.courses.factories import learner

pytestmark = pytest.mark.django_db


def training_manager(username, department):
    user = get_user_model().objects.create_user(username, f"{username}@x.org", "x" * 14)
    user.groups.add(Group.objects.get(name=roles.TRAINING_MANAGERS))
    Department.objects.get_or_create(name=department)[0].training_managers.add(user)
    return user


@pytest.fixture
def sam(module):
    person = learner("sam", department="Licensing", first_name="Sam", last_name="Patel")
    boss = learner("bea", department="Licensing", first_name="Bea", last_name="Jones")
    LearnerProfile.objects.filter(user=person).update(manager=boss)
    today = timezone.localdate()
    Assignment.objects.create(
        module=module,
        department=Department.objects.get(name="Licensing"),
        due_on=today + timedelta(days=5),
    )
    Completion.objects.create(
        learner=person, module=module, score=90, valid_until=today - timedelta(days=3)
    )
    TrainingReminder.objects.create(
        recipient=person, kind=TrainingReminder.Kind.DUE_SOON, about="module:1:x"
    )
    return person


def test_a_training_manager_sees_their_learners_whole_record(client, sam, module):
    tara = training_manager("tara", "Licensing")
    client.force_login(tara)
    drill_down = client.get(f"/admin/training/report/{module.pk}/people/").text
    url = f"/admin/training/learners/{sam.pk}/"
    assert f'href="{url}"' in drill_down
    page = client.get(url)
    assert page.status_code == 200
    text = page.text
    completion = Completion.objects.get(learner=sam)
    for expected in (
        "Sam Patel",
        "Licensing",
        "Restaurants",
        "Bea Jones",
        module.title,
        "Expired",  # the assignment's status, in words
        completion.certificate_code,
        "90%",
        "(expired)",
        "Due within 7 days",
    ):
        assert expected in text, expected
    assert PersonalDataAccess.objects.filter(action="courses.learner_viewed").count() == 1


def test_a_manager_of_another_department_gets_not_found(client, sam):
    client.force_login(training_manager("uma", "Housing"))
    assert client.get(f"/admin/training/learners/{sam.pk}/").status_code == 404
    assert client.get("/admin/training/learners/999999/").status_code == 404


def test_people_without_the_training_report_permission_are_refused(client, sam):
    volunteer = get_user_model().objects.create_user("vi", "vi@x.org", "x" * 14)
    volunteer.groups.add(Group.objects.get(name=roles.VOLUNTEERS))
    client.force_login(volunteer)
    response = client.get(f"/admin/training/learners/{sam.pk}/")
    assert response.status_code == 302 and response["Location"] == "/admin/"
