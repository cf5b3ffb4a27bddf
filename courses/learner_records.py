"""One learner's training record, as a training manager sees it: where they work, what is
assigned to them and its status, every completion with its certificate, and the invitations,
reminders and assignment emails they were sent. Reached only through
``courses.reports.learners_for`` scoping."""

from dataclasses import dataclass

from django.db.models import Min

from courses.assignment_reach import assignments_for
from courses.models import AssignmentEmail, Completion, ModulePage, TrainingReminder
from courses.status import status_of


@dataclass
class AssignedModule:
    module: ModulePage
    due_on: object
    status: object


def learner_record(user):
    """Everything the profile page shows about ``user`` (a few queries, plus one per module
    assigned for its status)."""
    due = dict(
        assignments_for(user)
        .values("module__translation_key")
        .annotate(due=Min("due_on"))
        .values_list("module__translation_key", "due")
    )
    modules = {}
    for module in ModulePage.objects.filter(translation_key__in=due).order_by("pk"):
        modules.setdefault(module.translation_key, module)  # the original, usually English
    assigned = sorted(
        (
            AssignedModule(module, due[key], status_of(user, module))
            for key, module in modules.items()
        ),
        key=lambda row: (row.due_on, row.module.title),
    )
    return {
        "person": user,
        "profile": user.learner,
        "pending": user.last_login is None or not user.has_usable_password(),
        "assigned": assigned,
        "completions": Completion.objects.filter(learner=user)
        .select_related("module")
        .prefetch_related("replaced_codes"),
        "reminders": TrainingReminder.objects.filter(recipient=user).order_by("-sent_at")[:100],
        "assignment_emails": AssignmentEmail.objects.filter(recipient=user)
        .select_related("assignment__module")
        .order_by("-created_at")[:100],
    }
