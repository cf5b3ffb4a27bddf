"""Assigning training tells the people assigned: a manager assigns a module in the admin, each
person it reaches gets an email (in their language where known) with the module's link and the
due date, through the outbox; the learner follows the link to the module."""

import re
from datetime import date, timedelta

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.utils import timezone

from actsite import outbox, roles
from courses.assignment_emails import tell_people_assigned
from courses.models import Assignment, AssignmentEmail, Department, LearnerProfile
from tests.campaigns.factories import settings_named
from tests.campaigns.translations import translate
from tests.courses.factories import learner, module_with_lessons

pytestmark = pytest.mark.django_db
PASSWORD = "a long password for tests"


def due():
    return timezone.localdate() + timedelta(days=30)


@pytest.fixture
def manager(client, training_index):
    licensing = Department.objects.create(name="Licensing")
    user = get_user_model().objects.create_user("tara", "tara@example.org", "x" * 14)
    user.groups.add(Group.objects.get(name=roles.TRAINING_MANAGERS))
    licensing.training_managers.add(user)
    client.force_login(user)
    return user


def link_in(message, to="/training/"):
    return re.search(rf"https?://[^/\s]+({to}\S*)", message.body).group(1)


def test_assigning_a_department_emails_each_of_its_people(
    client, manager, training_index, django_capture_on_commit_callbacks
):
    module = module_with_lessons(training_index, title="Spotting the signs", estimated_minutes=15)
    ann = learner("ann", department="Licensing", first_name="Ann", last_name="Jones")
    learner("hal", department="Housing")  # another department: not told
    due_on = date(2031, 3, 14)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/admin/assignments/new/",
            {
                "module": module.pk,
                "due_on": due_on,
                "department": Department.objects.get(name="Licensing").pk,
            },
            follow=True,
        )
    assert "1 person is being emailed about it" in response.text

    (message,) = mail.outbox
    assert message.to == ["ann@example.org"]
    assert message.subject == "Training for you: Spotting the signs"
    assert "Hello Ann Jones" in message.body
    assert 'complete the training module "Spotting the signs" by 14 March 2031' in message.body
    assert "It takes about 15 minutes" in message.body
    assert AssignmentEmail.objects.get().sent_at is not None

    # Ann follows the link, signs in, and is on the module.
    client.logout()
    link = link_in(message)
    assert link == module.url
    page = client.get(link)
    assert page.status_code == 200 and "Spotting the signs" in page.text
    client.post("/accounts/login/", {"username": "ann", "password": PASSWORD})
    page = client.get(link)
    assert "Start the module" in page.text
    assert link_in(message, "/training/my/") == "/training/my/"
    assert ann.get_full_name() in client.get("/training/my/").text


def test_the_email_is_in_the_learners_language_with_the_translated_module(
    training_index, django_capture_on_commit_callbacks
):
    english = module_with_lessons(training_index, title="Spotting the signs")
    translate(english, "cy", title="Sylwi ar yr arwyddion")
    dafydd = learner("dafydd", setting="transport", first_name="Dafydd")
    LearnerProfile.objects.filter(user=dafydd).update(language="cy")
    transport = settings_named("transport")[0]
    assignment = Assignment.objects.create(
        module=english, workplace_setting=transport, due_on=date(2031, 3, 14)
    )

    with django_capture_on_commit_callbacks(execute=True):
        assert tell_people_assigned(assignment) == 1

    (message,) = mail.outbox
    assert "Sylwi ar yr arwyddion" in message.subject
    assert "14 Mawrth 2031" in message.body  # the date in Welsh
    assert link_in(message, "/cy/training/").startswith("/cy/training/")


def test_a_module_chosen_in_welsh_is_assigned_as_the_module_and_emailed_in_english(
    client, manager, training_index, django_capture_on_commit_callbacks
):
    english = module_with_lessons(training_index, title="Spotting the signs")
    welsh = translate(english, "cy", title="Sylwi ar yr arwyddion")
    learner("ann", department="Licensing")
    other = module_with_lessons(training_index, title="In kitchens")

    # The page chooser offers every language's version; Tara picks the Welsh one.
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/admin/assignments/new/",
            {
                "module": welsh.pk,
                "more_modules": [other.pk],
                "due_on": due(),
                "department": Department.objects.get(name="Licensing").pk,
            },
            follow=True,
        )
    assert response.status_code == 200 and "is being emailed" in response.text
    assert set(Assignment.objects.values_list("module_id", flat=True)) == {english.pk, other.pk}
    (message,) = mail.outbox  # Ann reads English: the module in English, with the other
    assert "Spotting the signs" in message.body and "In kitchens" in message.body
    assert "Sylwi" not in message.body


def test_each_person_hears_once_and_a_relay_that_is_down_loses_nothing(
    settings, module, django_capture_on_commit_callbacks
):
    sam = learner("sam", department="Licensing")
    assignment = Assignment.objects.create(
        module=module, department=Department.objects.get(name="Licensing"), due_on=due()
    )
    settings.EMAIL_BACKEND = "tests.campaigns.failing_mail.FailingBackend"
    with django_capture_on_commit_callbacks(execute=True):
        tell_people_assigned(assignment)
    email = AssignmentEmail.objects.get(recipient=sam)
    assert email.sent_at is None and email.last_error == "ConnectionRefusedError"

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    AssignmentEmail.objects.update(claimed_until=None)  # the retry is due
    assert outbox.deliver_due() == ["sent"]
    with django_capture_on_commit_callbacks(execute=True):
        assert tell_people_assigned(assignment) == 0  # again: nobody is told twice
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["sam@example.org"]


def test_a_person_assigned_directly_is_the_only_one_told_and_hears_of_a_module_once(
    module, django_capture_on_commit_callbacks
):
    sam = learner("sam", department="Licensing")
    learner("kim", department="Licensing")
    inactive = learner("gone", department="Licensing")
    inactive.is_active = False
    inactive.save()
    with django_capture_on_commit_callbacks(execute=True):
        tell_people_assigned(Assignment.objects.create(module=module, learner=sam, due_on=due()))
        tell_people_assigned(
            Assignment.objects.create(
                module=module, department=Department.objects.get(), due_on=due()
            )
        )
    # Sam is reached twice (by name and by department) in one go: one email, both rows sent.
    assert sorted(m.to[0] for m in mail.outbox) == ["kim@example.org", "sam@example.org"]
    assert not AssignmentEmail.objects.filter(sent_at=None).exists()
    assert AssignmentEmail.objects.filter(recipient=sam).count() == 2


def modules(training_index, *titles):
    return [module_with_lessons(training_index, title=title, lessons=1) for title in titles]


def test_three_modules_assigned_in_one_go_reach_each_person_in_one_email(
    client, manager, training_index, django_capture_on_commit_callbacks
):
    first, second, third = modules(training_index, "Awareness", "In kitchens", "Referring")
    learner("ann", department="Licensing", first_name="Ann")
    learner("bob", department="Licensing", first_name="Bob")
    learner("hal", department="Housing")  # another department: not told
    licensing = Department.objects.get(name="Licensing")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/admin/assignments/new/",
            {
                "module": first.pk,
                "more_modules": [second.pk, third.pk],
                "due_on": "2031-03-14",
                "department": licensing.pk,
            },
            follow=True,
        )
    assert "Also assigned: In kitchens, Referring." in response.text
    assert "2 people are being emailed about them." in response.text
    assert Assignment.objects.filter(department=licensing, due_on=date(2031, 3, 14)).count() == 3

    assert sorted(m.to[0] for m in mail.outbox) == ["ann@example.org", "bob@example.org"]
    message = next(m for m in mail.outbox if m.to == ["ann@example.org"])
    assert message.subject == "Training for you: 3 modules"
    for module in (first, second, third):
        assert f'"{module.title}", by 14 March 2031.' in message.body
        assert module.url in message.body
    assert AssignmentEmail.objects.filter(sent_at__isnull=False).count() == 6

    # Each person heard about each assignment exactly once: nothing is left to send.
    assert outbox.deliver_due() == []
    with django_capture_on_commit_callbacks(execute=True):
        for assignment in Assignment.objects.all():
            assert tell_people_assigned(assignment) == 0
    assert len(mail.outbox) == 2


def test_a_manager_cannot_add_another_departments_people_through_more_modules(
    client, manager, training_index
):
    first, second = modules(training_index, "Awareness", "In kitchens")
    housing = Department.objects.create(name="Housing")
    response = client.post(
        "/admin/assignments/new/",
        {
            "module": first.pk,
            "more_modules": [second.pk],
            "due_on": due(),
            "department": housing.pk,
        },
    )
    assert response.status_code == 200 and response.context["form"].errors
    assert not Assignment.objects.exists()


def test_assignments_made_separately_and_already_sent_are_not_held_back(
    training_index, django_capture_on_commit_callbacks
):
    first, second = modules(training_index, "Awareness", "In kitchens")
    sam = learner("sam")
    for module in (first, second):
        with django_capture_on_commit_callbacks(execute=True):
            tell_people_assigned(
                Assignment.objects.create(module=module, learner=sam, due_on=due())
            )
    subjects = sorted(m.subject for m in mail.outbox)
    assert subjects == ["Training for you: Awareness", "Training for you: In kitchens"]


def test_a_digest_the_relay_refuses_is_sent_whole_later_in_the_learners_language(
    settings, training_index, django_capture_on_commit_callbacks
):
    first, second = modules(training_index, "Awareness", "In kitchens")
    dafydd = learner("dafydd", first_name="Dafydd")
    LearnerProfile.objects.filter(user=dafydd).update(language="cy")
    settings.EMAIL_BACKEND = "tests.campaigns.failing_mail.FailingBackend"
    with django_capture_on_commit_callbacks(execute=True):
        for module in (first, second):
            tell_people_assigned(
                Assignment.objects.create(module=module, learner=dafydd, due_on=due())
            )
    assert not AssignmentEmail.objects.filter(sent_at__isnull=False).exists()
    assert AssignmentEmail.objects.filter(last_error="ConnectionRefusedError").exists()

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    AssignmentEmail.objects.update(claimed_until=None)  # the retries are due
    assert sorted(outbox.deliver_due()) == ["sent", "skipped"]
    (message,) = mail.outbox
    assert message.subject == "Hyfforddiant i chi: 2 fodiwl"
    assert "Awareness" in message.body and "In kitchens" in message.body
    assert not AssignmentEmail.objects.filter(sent_at=None).exists()
