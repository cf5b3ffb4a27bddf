"""Completion rules, decided on the server, and every status transition, expiry and renewal."""

from datetime import timedelta

import pytest

from django.utils import timezone

from courses import progress, quiz
from courses.models import Completion, QuizAttempt
from courses.status import Status, status_of
from tests.courses.factories import ALL_RIGHT, ONE_WRONG, answers, learner

pytestmark = pytest.mark.django_db


def view_all(user, module):
    for lesson in module.lessons():
        progress.record_lesson_view(user, lesson)


def test_scoring_marks_each_question_and_explains(module):
    result = quiz.score(module, answers(module, ONE_WRONG))
    assert (result.score, result.passed) == (50, False)
    wrong = result.wrong[0]
    assert "never leaves" in wrong.question and "sign of control" in wrong.explanation
    assert [(text, correct, ticked) for _, text, correct, ticked in wrong.choices] == [
        ("Nothing: they like their job", False, True),
        ("They may be controlled by someone", True, False),
    ]
    assert quiz.score(module, answers(module, ALL_RIGHT)).score == 100
    assert quiz.score(module, {}).score == 0  # unanswered is wrong


@pytest.mark.parametrize(
    "tampered",
    [{"not-a-question": ["0"]}, {0: ["7"]}, {0: ["x"]}],
)
def test_tampered_answers_are_refused_and_nothing_is_stored(module, tampered):
    user = learner()
    submitted = answers(module, tampered) if 0 in tampered else tampered
    with pytest.raises(quiz.TamperedAnswers):
        progress.submit_quiz(user, module, submitted)
    assert not QuizAttempt.objects.exists()


def test_statuses_from_not_started_to_completed(module):
    user = learner()
    assert status_of(user, module) == Status.NOT_STARTED
    progress.record_lesson_view(user, module.lessons().first())
    assert status_of(user, module) == Status.IN_PROGRESS
    result, completion = progress.submit_quiz(user, module, answers(module, ALL_RIGHT))
    assert result.passed and completion is None  # lessons still to view
    assert status_of(user, module) == Status.IN_PROGRESS
    view_all(user, module)
    completion = Completion.objects.get()
    assert completion.score == 100
    assert status_of(user, module) == Status.COMPLETED


def test_failing_the_quiz_completes_nothing_and_can_be_retaken(module):
    user = learner()
    view_all(user, module)
    result, completion = progress.submit_quiz(user, module, answers(module, ONE_WRONG))
    assert not result.passed and completion is None
    assert status_of(user, module) == Status.IN_PROGRESS
    result, completion = progress.submit_quiz(user, module, answers(module, ALL_RIGHT))
    assert result.passed and completion is not None
    assert QuizAttempt.objects.count() == 2


def test_validity_runs_for_the_modules_months(module):
    user = learner()
    view_all(user, module)
    _, completion = progress.submit_quiz(user, module, answers(module, ALL_RIGHT))
    today = timezone.localdate()
    assert (completion.valid_until - today).days in range(365, 367)


def test_expiring_soon_then_expired_then_renewed_keeps_history(module):
    user = learner()
    view_all(user, module)
    _, first = progress.submit_quiz(user, module, answers(module, ALL_RIGHT))
    today = timezone.localdate()
    # A frozen clock: look at the same records on later days.
    assert status_of(user, module, today=first.valid_until - timedelta(days=31)) == (
        Status.COMPLETED
    )
    assert status_of(user, module, today=first.valid_until - timedelta(days=30)) == (
        Status.EXPIRING_SOON
    )
    assert status_of(user, module, today=first.valid_until + timedelta(days=1)) == Status.EXPIRED

    # Passing again while the completion is good for months adds nothing.
    _, again = progress.submit_quiz(user, module, answers(module, ALL_RIGHT))
    assert again is None and Completion.objects.count() == 1

    # After expiry, passing again renews: a new completion and certificate; history kept.
    Completion.objects.filter(pk=first.pk).update(
        completed_at=timezone.now() - timedelta(days=400),
        valid_until=today - timedelta(days=1),
    )
    assert status_of(user, module) == Status.EXPIRED
    _, renewed = progress.submit_quiz(user, module, answers(module, ALL_RIGHT))
    assert renewed is not None and renewed.certificate_code != first.certificate_code
    assert Completion.objects.filter(learner=user).count() == 2
    assert status_of(user, module) == Status.COMPLETED


def test_renewal_is_possible_while_expiring_soon(module):
    user = learner()
    view_all(user, module)
    _, first = progress.submit_quiz(user, module, answers(module, ALL_RIGHT))
    Completion.objects.filter(pk=first.pk).update(
        completed_at=timezone.now() - timedelta(days=340),
        valid_until=timezone.localdate() + timedelta(days=10),
    )
    assert status_of(user, module) == Status.EXPIRING_SOON
    _, renewed = progress.submit_quiz(user, module, answers(module, ALL_RIGHT))
    assert renewed is not None
    assert status_of(user, module) == Status.COMPLETED
