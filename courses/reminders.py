"""Training reminders: learners hear about assignments not started, due within 7 days, overdue,
or completions expiring within 30 days; managers get a weekly digest of their team.

Each reminder is recorded (``TrainingReminder``) before it is sent, in the same transaction,
so running the command again (hourly, daily) sends nothing twice.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone

from courses.models import LearnerProfile, TrainingReminder
from courses.my_training import rows_for
from courses.status import Status
from courses.team import team_of

DUE_SOON_DAYS = 7


@dataclass
class Sent:
    learners: int = 0
    digests: int = 0
    failed: int = 0


class MailFailed(Exception):
    pass


def reminder_for(row, today):
    """The kind of reminder a My training row needs today, and what it is about, or None."""
    if row.status == Status.EXPIRING_SOON:
        return (
            TrainingReminder.Kind.EXPIRING,
            f"module:{row.module.pk}:{row.completion.valid_until}",
        )
    if row.status in (Status.COMPLETED,) or row.due_on is None:
        return None
    about = f"module:{row.module.pk}:{row.due_on}"
    if row.due_on < today:
        return TrainingReminder.Kind.OVERDUE, about
    if row.due_on <= today + timedelta(days=DUE_SOON_DAYS):
        return TrainingReminder.Kind.DUE_SOON, about
    if row.status == Status.NOT_STARTED:
        return TrainingReminder.Kind.NOT_STARTED, about
    return None


def _once(recipient, kind, about, subject, template, context):
    """Record the reminder and send it; nothing if it was recorded before. If the mail server
    fails, the record is rolled back, so the next run tries again."""
    try:
        with transaction.atomic():
            TrainingReminder.objects.create(recipient=recipient, kind=kind, about=about)
            body = render_to_string(template, context)
            try:
                send_mail(subject, body, None, [recipient.email])
            except Exception as error:  # the mail server: undo the record, try next run
                raise MailFailed(type(error).__name__) from error
    except IntegrityError:
        return False
    return True


def send_reminders(today=None):
    today = today or timezone.localdate()
    sent = Sent()
    profiles = LearnerProfile.objects.select_related("user").filter(user__is_active=True)
    for profile in profiles.iterator():
        learner = profile.user
        for row in rows_for(learner, today):
            reminder = reminder_for(row, today)
            if reminder is None:
                continue
            kind, about = reminder
            label = TrainingReminder.Kind(kind).label.lower()
            try:
                if _once(
                    learner,
                    kind,
                    about,
                    f"Training: {row.module.title} ({label})",
                    "courses/emails/reminder.txt",
                    {"learner": learner, "row": row, "kind": kind, "today": today},
                ):
                    sent.learners += 1
            except MailFailed:
                sent.failed += 1
    send_digests(today, sent)
    return sent


def send_digests(today, sent):
    """Each manager's weekly digest: their team's modules and statuses. Once per ISO week."""
    year, week, _ = today.isocalendar()
    managers = {
        p.manager for p in LearnerProfile.objects.select_related("manager").exclude(manager=None)
    }
    for manager in managers:
        team = [(member.person, member.rows) for member in team_of(manager, today)]
        try:
            if _once(
                manager,
                TrainingReminder.Kind.DIGEST,
                f"week:{year}-{week:02d}",
                "Your team's training this week",
                "courses/emails/digest.txt",
                {"manager": manager, "team": team, "today": today},
            ):
                sent.digests += 1
        except MailFailed:
            sent.failed += 1
