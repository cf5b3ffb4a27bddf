"""A learner's status in a module, derived from their records: never stored.

- not started: nothing viewed, no attempt, no completion
- in progress: lessons viewed or quiz tried, no completion yet
- completed: the latest completion is valid for more than EXPIRING_SOON_DAYS
- expiring soon: it runs out within EXPIRING_SOON_DAYS
- expired: it has run out (until a new completion renews it)

A module and its translations are one module: records of any translation count (matched by
``translation_key``), so completing the Welsh version completes the English one.

``status_of`` works for one learner; ``status_expression`` computes the same in the database
for reports over many learners.
"""

from datetime import timedelta

from django.db import models
from django.db.models import Case, Exists, Max, OuterRef, Subquery, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.models import Completion, LessonView, QuizAttempt

EXPIRING_SOON_DAYS = 30


class Status(models.TextChoices):
    NOT_STARTED = "not-started", _("Not started")
    IN_PROGRESS = "in-progress", _("In progress")
    COMPLETED = "completed", _("Completed")
    EXPIRING_SOON = "expiring-soon", _("Expiring soon")
    EXPIRED = "expired", _("Expired")


def same_module(module, field="module"):
    """A filter for records of ``module`` or any of its translations."""
    return models.Q(**{f"{field}__translation_key": module.translation_key})


def derive(valid_until, has_activity, today=None):
    today = today or timezone.localdate()
    if valid_until is None:
        return Status.IN_PROGRESS if has_activity else Status.NOT_STARTED
    if valid_until < today:
        return Status.EXPIRED
    if valid_until <= today + timedelta(days=EXPIRING_SOON_DAYS):
        return Status.EXPIRING_SOON
    return Status.COMPLETED


def status_of(learner, module, today=None):
    return progress_on(learner, module, today)[2]


def progress_on(learner, module, today=None):
    """What a module's overview needs about one learner, in at most three queries: the
    translation keys of the lessons they have viewed (in any language), their latest completion
    (or None) and their Status."""

    same = same_module(module)
    viewed = set(
        learner.lesson_views.filter(same).values_list("lesson__translation_key", flat=True)
    )
    latest = Completion.objects.filter(same, learner=learner).first()
    active = bool(viewed) or (
        latest is None and QuizAttempt.objects.filter(same, learner=learner).exists()
    )
    return viewed, latest, derive(latest.valid_until if latest else None, active, today)


def minutes_left(module, lessons, viewed):
    """About how long the rest of ``module`` takes: its estimated time, shared evenly between
    its lessons, for the ``lessons - viewed`` not yet opened (rounded up; 0 when all are)."""
    if not lessons or viewed >= lessons:
        return 0
    return -(-module.estimated_minutes * (lessons - viewed) // lessons)


def status_expression(module, learner_ref="pk", today=None):
    """An expression giving the Status of each user row for ``module``, in the database."""

    today = today or timezone.localdate()
    same = same_module(module)
    valid_until = Subquery(
        Completion.objects.filter(same, learner=OuterRef(learner_ref))
        .values("learner")
        .annotate(latest=Max("valid_until"))
        .values("latest")[:1]
    )
    viewed = Exists(LessonView.objects.filter(same, learner=OuterRef(learner_ref)))
    tried = Exists(QuizAttempt.objects.filter(same, learner=OuterRef(learner_ref)))
    soon = today + timedelta(days=EXPIRING_SOON_DAYS)
    return Case(
        When(**{"_valid_until__lt": today}, then=Value(Status.EXPIRED)),
        When(**{"_valid_until__lte": soon}, then=Value(Status.EXPIRING_SOON)),
        When(**{"_valid_until__isnull": False}, then=Value(Status.COMPLETED)),
        When(**{"_viewed": True}, then=Value(Status.IN_PROGRESS)),
        When(**{"_tried": True}, then=Value(Status.IN_PROGRESS)),
        default=Value(Status.NOT_STARTED),
        output_field=models.CharField(),
    ), {"_valid_until": valid_until, "_viewed": viewed, "_tried": tried}


def with_status(users, module, today=None):
    """``users`` annotated with ``status`` for ``module``."""
    expression, parts = status_expression(module, today=today)
    return users.annotate(**parts).annotate(status=expression)
