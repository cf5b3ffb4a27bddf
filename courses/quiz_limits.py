"""When a learner may try a module's quiz: a wait after a failed attempt
(``ModulePage.retry_wait_minutes``) and a number of attempts per day
(``ModulePage.max_attempts_per_day``), counted over the module and its translations. Enforced
on the server when an attempt is submitted; the quiz page uses the same rule to say when.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.utils import timezone

from courses.models import QuizAttempt
from courses.status import same_module

WAIT, DAILY = "wait", "daily"


@dataclass(frozen=True)
class Refusal:
    reason: str  # WAIT or DAILY
    until: datetime  # when the next attempt is allowed

    @property
    def seconds_left(self):
        return max(1, int((self.until - timezone.now()).total_seconds()))


class TooSoon(Exception):
    """An attempt made before the rules allow it; nothing is stored."""

    def __init__(self, refusal):
        super().__init__(refusal.reason)
        self.refusal = refusal


def refusal_for(learner, module, now=None):
    """Why ``learner`` may not attempt ``module``'s quiz now (a ``Refusal``), or None."""
    now = now or timezone.now()
    attempts = QuizAttempt.objects.filter(same_module(module), learner=learner)
    if module.max_attempts_per_day:
        today = timezone.localtime(now).replace(hour=0, minute=0, second=0, microsecond=0)
        if attempts.filter(submitted_at__gte=today).count() >= module.max_attempts_per_day:
            tomorrow = timezone.make_aware(
                datetime.combine(today.date() + timedelta(days=1), datetime.min.time())
            )
            return Refusal(DAILY, tomorrow)
    if module.retry_wait_minutes:
        latest = attempts.order_by("-submitted_at").first()
        if latest and not latest.passed:
            until = latest.submitted_at + timedelta(minutes=module.retry_wait_minutes)
            if until > now:
                return Refusal(WAIT, until)
    return None


def check_may_attempt(learner, module, now=None):
    """Raise ``TooSoon`` if ``learner`` may not attempt the quiz now."""
    refusal = refusal_for(learner, module, now)
    if refusal:
        raise TooSoon(refusal)
