"""A line manager's team: the people whose learner profile names them as manager, and each
one's training (the rows of their My training), for the team page and the weekly digest.

A manager sees their own team only: there is no way to name another manager's. Reminding
someone from the team page sends one email per person and module a day at most (recorded as a
``TrainingReminder``, so it shows in the learner's profile).
"""

from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone, translation

from courses.invitations import email_language
from courses.learner_emails import send_learner_email
from courses.models import LearnerProfile, ModulePage, TrainingReminder
from courses.my_training import DONE, ModuleRow, rows_for
from courses.status import Status


@dataclass
class TeamMember:
    person: object
    rows: list[ModuleRow]

    @property
    def overdue(self):
        return sum(row.overdue for row in self.rows)

    @property
    def to_do(self):
        return sum(row.status not in DONE for row in self.rows)


def team_members(manager):
    """The active people who report to ``manager``, by name."""
    profiles = LearnerProfile.objects.filter(manager=manager, user__is_active=True)
    return [
        profile.user
        for profile in profiles.select_related("user").order_by(
            "user__first_name", "user__last_name", "user__username"
        )
    ]


def has_team(manager):
    return LearnerProfile.objects.filter(manager=manager, user__is_active=True).exists()


def team_of(manager, today=None):
    """Each of ``manager``'s people with their training, most urgent first (a few queries per
    person: teams are small)."""
    today = today or timezone.localdate()
    return [TeamMember(person, rows_for(person, today)) for person in team_members(manager)]


class NotInTeam(Exception):
    """The person does not report to this manager, or the module is not on their list."""


def remind_team_member(manager, person_pk, module_pk, today=None):
    """Email one of ``manager``'s people about one module of theirs not completed (or expiring
    soon), at most once a day. Returns False if they were reminded about it today already.
    Raises ``NotInTeam`` for anyone or anything else; the mail server's errors propagate
    (nothing is recorded then)."""
    today = today or timezone.localdate()
    person = next((p for p in team_members(manager) if p.pk == person_pk), None)
    module = ModulePage.objects.filter(pk=module_pk).first()
    row = None
    if person and module:
        row = next(
            (
                r
                for r in rows_for(person, today)
                if r.module.translation_key == module.translation_key
            ),
            None,
        )
    if row is None or row.status == Status.COMPLETED:
        raise NotInTeam
    try:
        with transaction.atomic():
            TrainingReminder.objects.create(
                recipient=person,
                kind=TrainingReminder.Kind.FROM_MANAGER,
                about=f"module:{module.pk}:{today}",
            )
            _send_reminder(manager, person, row)
    except IntegrityError:
        return False
    return True


def _send_reminder(manager, person, row):
    with translation.override(email_language(person)):
        # The module in the person's language where it is translated.
        module = (
            ModulePage.objects.live()
            .filter(
                translation_key=row.module.translation_key,
                locale__language_code=translation.get_language(),
            )
            .first()
            or row.module
        )
        context = {
            "person": person,
            "manager": manager,
            "module": module,
            "row": row,
            "expired": row.status == Status.EXPIRED,
            "module_url": module.get_full_url(),
        }
    send_learner_email(person, "team_reminder", context)
