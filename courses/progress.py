"""The completion rules, decided on the server.

A module is complete when every lesson has been viewed and the quiz passed. A module and its
translations are one module: a lesson viewed or a quiz passed in any of them counts. Each
completion is a new dated record: completed at, score, valid until (``validity_months`` later).
Passing again while a completion is still valid and not expiring soon adds nothing; after
expiry, or within the expiring-soon window, passing again renews it with a new completion and
certificate.
"""

from dateutil.relativedelta import relativedelta

from django.db import transaction
from django.utils import timezone

from courses import quiz, quiz_limits
from courses.models import Completion, LessonView, QuizAttempt
from courses.status import EXPIRING_SOON_DAYS, same_module


def record_lesson_view(learner, lesson):
    """Note that ``learner`` has viewed ``lesson`` (once); may complete the module."""
    module = lesson.get_parent().specific
    LessonView.objects.get_or_create(learner=learner, lesson=lesson, defaults={"module": module})
    return complete_if_done(learner, module)


def submit_quiz(learner, module, submitted, question_ids=None):
    """Score and store an attempt at the questions ``question_ids`` (all of them if None; see
    ``courses.quiz_draw``). Returns (QuizResult, new Completion or None).

    Raises ``quiz.TamperedAnswers`` (nothing is stored) for answers the attempt does not have, and
    ``quiz_limits.TooSoon`` (nothing is stored) during the wait after a failed attempt or once
    the day's attempts are used up.
    """
    quiz_limits.check_may_attempt(learner, module)
    result = quiz.score(module, submitted, question_ids)
    with transaction.atomic():
        QuizAttempt.objects.create(
            learner=learner,
            module=module,
            score=result.score,
            passed=result.passed,
            answers=result.answers,
        )
        completion = complete_if_done(learner, module) if result.passed else None
    return result, completion


def lessons_left(learner, module):
    """The module's live lessons this learner has not viewed yet (in any translation)."""
    viewed = LessonView.objects.filter(same_module(module), learner=learner)
    return module.lessons().exclude(translation_key__in=viewed.values("lesson__translation_key"))


def valid_completion(learner, module):
    """The learner's latest completion of ``module`` (any translation) if still valid."""
    latest = Completion.objects.filter(same_module(module), learner=learner).first()
    return latest if latest and latest.is_valid else None


def complete_if_done(learner, module):
    """Record a completion if the rules are met and there is nothing valid to keep.

    Returns the new Completion, or None.
    """
    same = same_module(module)
    latest = Completion.objects.filter(same, learner=learner).first()
    today = timezone.localdate()
    if latest and latest.valid_until > today + relativedelta(days=EXPIRING_SOON_DAYS):
        return None  # still valid: nothing to renew
    passed = QuizAttempt.objects.filter(same, learner=learner, passed=True)
    if latest:
        passed = passed.filter(submitted_at__gt=latest.completed_at)
    attempt = passed.order_by("-submitted_at").first()
    if attempt is None or lessons_left(learner, module).exists():
        return None
    return Completion.objects.create(
        learner=learner,
        module=module,
        score=attempt.score,
        valid_until=today + relativedelta(months=module.validity_months),
    )
