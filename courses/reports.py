"""Training reports: who is trained, per module, by setting or department. Aggregated in the
database: one query per module, however many staff there are."""

from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.db.models import Count, Q
from django.utils import timezone

from courses.models import Assignment, ModulePage
from courses.status import Status, with_status

DONE = [Status.COMPLETED, Status.EXPIRING_SOON]
GROUPINGS = {
    "": None,
    "setting": "learner__workplace_setting__name",
    "department": "learner__department__name",
}


@dataclass
class ReportRow:
    module: ModulePage
    group: str
    counts: dict = field(default_factory=dict)

    @property
    def total(self):
        return sum(self.counts.values())

    @property
    def done(self):
        return sum(self.counts.get(status, 0) for status in DONE)

    @property
    def rate(self):
        """Percentage trained (completed or expiring soon)."""
        return round(100 * self.done / self.total) if self.total else 0

    def count(self, status):
        return self.counts.get(status, 0)

    @property
    def cells(self):
        """(status, count) for every status, in order: the report's columns."""
        return [(status, self.count(status)) for status in Status]


def learners_for(user, department=None, workplace_setting=None):
    """The staff whose records ``user`` may see: all for superusers, otherwise the
    departments they manage. Narrowed by the filters."""
    learners = get_user_model().objects.filter(learner__isnull=False, is_active=True)
    if not user.is_superuser:
        learners = learners.filter(learner__department__training_managers=user)
    if department:
        learners = learners.filter(learner__department=department)
    if workplace_setting:
        learners = learners.filter(learner__workplace_setting=workplace_setting)
    return learners


def completion_report(learners, modules=None, group_by="", today=None):
    """Rows of status counts per module (and per setting or department when grouped)."""
    modules = modules if modules is not None else ModulePage.objects.live().order_by("title")
    grouping = GROUPINGS.get(group_by)
    rows = []
    for module in modules:
        keys = ["status"] + ([grouping] if grouping else [])
        counted = (
            with_status(learners, module, today).order_by().values(*keys).annotate(n=Count("pk"))
        )
        by_group = {}
        for item in counted:
            group = (item.get(grouping) or "Not set") if grouping else ""
            row = by_group.setdefault(group, ReportRow(module, group))
            row.counts[item["status"]] = item["n"]
        rows.extend(sorted(by_group.values(), key=lambda row: row.group))
    return rows


def people(learners, module, status=None, today=None):
    """The learners of a report cell, with their status, for drill-down and CSV export."""
    found = with_status(learners, module, today).select_related(
        "learner__department", "learner__workplace_setting"
    )
    if status:
        found = found.filter(status=status)
    return found.order_by("last_name", "first_name", "username")


def overdue_count(learners, today=None):
    """How many (learner, module) assignments are past due and not done: one query per module
    with an overdue assignment."""
    today = today or timezone.localdate()
    total = 0
    overdue = Assignment.objects.filter(due_on__lt=today).select_related("module")
    by_module = {}
    for assignment in overdue:
        target = Q(pk=assignment.learner_id) if assignment.learner_id else Q()
        if assignment.department_id:
            target = Q(learner__department_id=assignment.department_id)
        if assignment.workplace_setting_id:
            target = Q(learner__workplace_setting_id=assignment.workplace_setting_id)
        module_q = by_module.setdefault(assignment.module, Q(pk__in=[]))
        by_module[assignment.module] = module_q | target
    for module, target in by_module.items():
        total += (
            with_status(learners.filter(target), module, today).exclude(status__in=DONE).count()
        )
    return total
