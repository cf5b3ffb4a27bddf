"""What staff training holds about a person, found by their account's email address: the
account, the learner profile, lessons viewed, quiz attempts, completions, assignments and
reminders sent. Erasure follows the council's rule in TRAINING_RECORDS_ON_ERASURE.
"""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from django.db.models import Q
from django.db.models.functions import Coalesce
from django.utils import timezone

from actsite.personal_data import RefusedErasure
from courses.models import (
    Assignment,
    AssignmentEmail,
    Completion,
    LessonView,
    QuizAttempt,
    TrainingReminder,
)

ANONYMISE, DELETE = "anonymise", "delete"


def _rule(rule):
    rule = rule or settings.TRAINING_RECORDS_ON_ERASURE
    if rule not in (ANONYMISE, DELETE):
        raise ImproperlyConfigured(
            f"TRAINING_RECORDS_ON_ERASURE must be {ANONYMISE!r} or {DELETE!r}, not {rule!r}."
        )
    return rule


def _when(value):
    return value.isoformat() if value else None


def _accounts(email):
    return get_user_model().objects.filter(email__iexact=email)


def export_for(email):
    """Everything staff training holds about the account(s) with ``email``, as JSON-ready data."""
    return {"staff_accounts": [_export_account(user) for user in _accounts(email)]}


def _export_account(user):
    profile = getattr(user, "learner", None)
    return {
        "username": user.username,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "email": user.email,
        "active": user.is_active,
        "joined": _when(user.date_joined),
        "last_signed_in": _when(user.last_login),
        "groups": sorted(user.groups.values_list("name", flat=True)),
        "department": str(profile.department) if profile and profile.department else None,
        "workplace_setting": (
            str(profile.workplace_setting) if profile and profile.workplace_setting else None
        ),
        "manager": str(profile.manager) if profile and profile.manager else None,
        "email_language": profile.language if profile else None,
        "invited_at": _when(profile.invited_at) if profile else None,
        "lessons_viewed": [
            {"lesson": v.lesson.title, "module": v.module.title, "viewed_at": _when(v.viewed_at)}
            for v in LessonView.objects.filter(learner=user).select_related("lesson", "module")
        ],
        "quiz_attempts": [
            {
                "module": a.module.title,
                "score": a.score,
                "passed": a.passed,
                "answers": a.answers,
                "submitted_at": _when(a.submitted_at),
            }
            for a in QuizAttempt.objects.filter(learner=user).select_related("module")
        ],
        "completions": [
            {
                "module": c.module.title,
                "completed_at": _when(c.completed_at),
                "score": c.score,
                "valid_until": _when(c.valid_until),
                "certificate_code": c.certificate_code,
            }
            for c in Completion.objects.filter(learner=user).select_related("module")
        ],
        "assigned_to_them": [
            {"module": a.module.title, "due_on": _when(a.due_on)}
            for a in Assignment.objects.filter(learner=user).select_related("module")
        ],
        "reminders_sent": [
            {"kind": r.kind, "sent_at": _when(r.sent_at)}
            for r in TrainingReminder.objects.filter(recipient=user)
        ],
        "told_about_assignments": [
            {"module": e.assignment.module.title, "sent_at": _when(e.sent_at)}
            for e in AssignmentEmail.objects.filter(recipient=user).select_related(
                "assignment__module"
            )
        ],
    }


def erase_for(email, rule=None):
    """Erase the learner account(s) with ``email`` by the council's rule.

    ``anonymise`` (the default): the account is closed and its name, email and username
    removed; dated completions stay (without a name) so the council's figures still add up,
    and their certificates still verify, by their dates, with the name withheld;
    quiz answers, lesson views, personal assignments, reminders and assignment emails go.
    ``delete``: the account and every training record go. Accounts of editors and staff are refused.
    """
    rule = _rule(rule)
    users = list(_accounts(email))
    for user in users:
        if user.is_staff or user.is_superuser or user.groups.exists():
            raise RefusedErasure(
                f"{user.username} can sign in to the admin: remove their groups and admin "
                "access first, then erase them."
            )
    with transaction.atomic():
        for user in users:
            erase_account(user, rule)
    return {"staff_accounts_erased": len(users)}


def erase_account(user, rule):
    """Apply ``rule`` (anonymise or delete) to one learner's account and records."""
    if rule == DELETE:
        Completion.objects.filter(learner=user).delete()
        user.delete()
        return
    LessonView.objects.filter(learner=user).delete()
    QuizAttempt.objects.filter(learner=user).delete()
    Assignment.objects.filter(learner=user).delete()
    TrainingReminder.objects.filter(recipient=user).delete()
    AssignmentEmail.objects.filter(recipient=user).delete()
    # Their certificates verify without a name from now on, and cannot be reissued.
    Completion.objects.filter(learner=user).update(withdrawn_at=timezone.now())
    user.username = f"erased-{user.pk}"
    user.first_name = user.last_name = user.email = ""
    user.is_active = False
    user.set_unusable_password()
    user.save()


def erase_inactive_learners(days=None, rule=None):
    """Erase learner accounts (no admin access, no groups) that have not signed in for ``days``
    days (``LEARNER_ACCOUNT_RETENTION_DAYS``), counting from when they joined if never.
    Returns how many were erased."""
    days = settings.LEARNER_ACCOUNT_RETENTION_DAYS if days is None else days
    rule = _rule(rule)
    cutoff = timezone.now() - timedelta(days=days)
    inactive = (
        get_user_model()
        .objects.filter(is_staff=False, is_superuser=False, groups=None)
        .exclude(Q(is_active=False) & Q(username__startswith="erased-"))
        .annotate(last_seen=Coalesce("last_login", "date_joined"))
        .filter(last_seen__lt=cutoff)
    )
    count = 0
    with transaction.atomic():
        for user in inactive:
            erase_account(user, rule)
            count += 1
    return count


def apply_retention():
    """Training's retention rules, once (``actsite.personal_data.apply_retention``)."""
    return {"learner_accounts_erased": erase_inactive_learners()}
