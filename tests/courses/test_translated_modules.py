"""A module and its translations are one module: for assignments, completion, status,
reminders and reports (matched by ``translation_key``)."""

from datetime import timedelta

import pytest

from django.contrib.auth import get_user_model
from django.core import mail
from django.utils import timezone, translation

from courses import reports
from courses.models import Assignment, Completion
from courses.my_training import rows_for
from courses.reminders import send_reminders
from courses.status import Status, status_of
from tests.campaigns.translations import translate
from tests.courses.factories import ALL_RIGHT, answers, learner, module_with_lessons

pytestmark = pytest.mark.django_db


@pytest.fixture
def welsh_module(training_index):
    english = module_with_lessons(training_index, title="Spotting the signs")
    welsh = translate(english, "cy", title="Sylwi ar yr arwyddion")
    for lesson in english.lessons():
        translate(lesson, "cy")
    welsh.refresh_from_db()
    return english, welsh


def test_completing_the_welsh_version_satisfies_the_english_assignment(client, welsh_module):
    english, welsh = welsh_module
    dafydd = learner("dafydd", department="Licensing")
    due = timezone.localdate() + timedelta(days=3)
    Assignment.objects.create(module=english, learner=dafydd, due_on=due)
    client.force_login(dafydd)

    with translation.override("cy"):
        first, *others = list(welsh.lessons())
    assert client.get(first.url).status_code == 200 and first.url.startswith("/cy/")
    [(row,)] = [rows_for(dafydd)]
    assert (row.status, row.due_on, row.lessons_viewed) == (Status.IN_PROGRESS, due, 1)
    for lesson in others:
        client.get(lesson.url)
    quiz = {f"q-{key}": value for key, value in answers(welsh, ALL_RIGHT).items()}
    assert client.post(f"{welsh.url}quiz/", quiz).status_code == 200
    (completion,) = Completion.objects.filter(learner=dafydd)
    assert completion.module_id == welsh.pk

    assert status_of(dafydd, english) == Status.COMPLETED
    (row,) = rows_for(dafydd)  # one row, not one per language
    assert row.status == Status.COMPLETED and row.completion == completion
    page = client.get("/training/my/").text
    assert "Spotting the signs" in page and completion.certificate_code in page
    assert send_reminders().learners == 0 and not mail.outbox  # nothing to chase

    everyone = reports.learners_for(superuser())
    rows = reports.completion_report(everyone)
    assert [(r.module.title, r.counts) for r in rows] == [
        ("Spotting the signs", {Status.COMPLETED: 1})
    ]
    Assignment.objects.update(due_on=timezone.localdate() - timedelta(days=1))
    assert reports.overdue_count(everyone) == 0  # done, in Welsh


def test_lessons_viewed_in_either_language_count_once(client, welsh_module):
    english, welsh = welsh_module
    sam = learner("sam")
    client.force_login(sam)
    english_lessons = list(english.lessons())
    with translation.override("cy"):
        welsh_lessons = list(welsh.lessons())
    client.get(english_lessons[0].url)
    client.get(welsh_lessons[0].url)  # the same lesson, in Welsh
    client.get(welsh_lessons[1].url)
    for language, lessons in (("en-gb", english_lessons), ("cy", welsh_lessons)):
        with translation.override(language):
            (row,) = rows_for(sam)
        assert (row.lessons_viewed, row.lessons_total) == (2, 3)
        assert row.next_lesson.pk == lessons[2].pk  # in the current language


def superuser():
    return get_user_model().objects.create_superuser("root", "root@example.org", "x" * 14)
