"""send_training_reminders: the right reminder to each learner, once; managers' weekly digest."""

import io
from datetime import timedelta

import pytest

from django.core import mail
from django.core.management import CommandError, call_command
from django.utils import timezone

from courses.models import Assignment, Completion
from tests.courses.factories import learner, module_with_lessons

pytestmark = pytest.mark.django_db


def test_reminders_for_each_case_are_sent_once(training_index, settings):
    today = timezone.localdate()
    boss = learner("boss")
    modules = [module_with_lessons(training_index, lessons=1) for _ in range(4)]
    people = {name: learner(name) for name in ("new", "soon", "late", "renew")}
    for person in people.values():
        person.learner.manager = boss
        person.learner.save()
    Assignment.objects.create(
        module=modules[0], learner=people["new"], due_on=today + timedelta(days=30)
    )
    Assignment.objects.create(
        module=modules[1], learner=people["soon"], due_on=today + timedelta(days=5)
    )
    Assignment.objects.create(
        module=modules[2], learner=people["late"], due_on=today - timedelta(days=2)
    )
    Completion.objects.create(
        learner=people["renew"],
        module=modules[3],
        score=100,
        valid_until=today + timedelta(days=12),
    )

    call_command("send_training_reminders", stdout=io.StringIO())
    subjects = {m.to[0]: m.subject for m in mail.outbox}
    assert subjects["new@example.org"].endswith("(assigned, not started)")
    assert subjects["soon@example.org"].endswith("(due within 7 days)")
    assert subjects["late@example.org"].endswith("(overdue)")
    assert subjects["renew@example.org"].endswith("(expiring within 30 days)")
    digest = next(m for m in mail.outbox if m.to == ["boss@example.org"])
    assert "OVERDUE" in digest.body and "late" in digest.body
    assert len(mail.outbox) == 5

    call_command("send_training_reminders", stdout=io.StringIO())
    assert len(mail.outbox) == 5  # nothing twice


def test_a_failed_send_is_tried_again_next_time(training_index, settings):
    today = timezone.localdate()
    module = module_with_lessons(training_index, lessons=1)
    person = learner("late")
    Assignment.objects.create(module=module, learner=person, due_on=today - timedelta(days=1))
    settings.EMAIL_BACKEND = "tests.campaigns.failing_mail.FailingBackend"
    with pytest.raises(CommandError, match="refused 1 emails; the next run will try again"):
        call_command("send_training_reminders", stdout=io.StringIO())
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("send_training_reminders", stdout=io.StringIO())
    assert [m.to for m in mail.outbox] == [["late@example.org"]]
