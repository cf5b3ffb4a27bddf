"""Training reports: who is trained, per module, by setting or department. Aggregated in the
database: the same few queries however many modules and staff there are."""

from dataclasses import dataclass, field
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db.models import Count, Exists, OuterRef, Q
from django.utils import timezone

from courses.models import Assignment, Completion, LessonView, ModulePage, QuizAttempt
from courses.status import EXPIRING_SOON_DAYS, Status, with_status

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
    """Rows of status counts per module (and per setting or department when grouped).

    Counted in the database in five queries, whatever the number of modules and staff: no
    per-learner status is computed. A learner's status follows from their *latest*
    completion, so counting learners with any completion valid past a date gives the same
    buckets (see ``courses.status``); people with activity but no completion are in progress,
    and everyone else in the group has not started.
    """
    if modules is None:  # aliases (an English module in another language's tree) are not modules
        modules = ModulePage.objects.live().filter(alias_of__isnull=True).order_by("title")
    modules = list(modules)
    grouping = GROUPINGS.get(group_by)
    totals = _count_by_group(learners, grouping)
    if not totals or not modules:
        return []
    counted = _status_counts(learners, modules, grouping, today or timezone.localdate())
    rows = []
    for module in modules:
        for group in sorted(totals):
            counts = counted.get((module.pk, group), {})
            counts[Status.NOT_STARTED] = totals[group] - sum(counts.values())
            row = ReportRow(module, group, {s: n for s, n in counts.items() if n})
            rows.append(row)
    return rows


def _group_name(value):
    return value or "Not set"


def _count_by_group(learners, grouping):
    """{group: number of learners}; the single group is "" when not grouped."""
    if not grouping:
        return {"": n} if (n := learners.count()) else {}
    counted = learners.order_by().values(grouping).annotate(n=Count("pk"))
    totals = {}
    for item in counted:
        group = _group_name(item[grouping])
        totals[group] = totals.get(group, 0) + item["n"]
    return totals


def _status_counts(learners, modules, grouping, today):
    """{(module id, group): {status: count}} for every status but "not started"."""
    soon = today + timedelta(days=EXPIRING_SOON_DAYS)
    learner_ids = learners.order_by().values("pk")
    group_key = [f"learner__{grouping}"] if grouping else []
    keys = ["module", *group_key]

    def per_group(queryset, **counts):
        found = (
            queryset.filter(learner__in=learner_ids, module__in=modules)
            .order_by()
            .values(*keys)
            .annotate(**counts)
        )
        for item in found:
            group = _group_name(item[group_key[0]]) if grouping else ""
            yield (item["module"], group), item

    def learners_counted(**filters):
        return Count("learner", distinct=True, filter=Q(**filters) if filters else None)

    result = {}
    for key, item in per_group(
        Completion.objects.all(),
        any=learners_counted(),
        current=learners_counted(valid_until__gte=today),
        lasting=learners_counted(valid_until__gt=soon),
    ):
        counts = result.setdefault(key, {})
        counts[Status.COMPLETED] = counts.get(Status.COMPLETED, 0) + item["lasting"]
        counts[Status.EXPIRING_SOON] = (
            counts.get(Status.EXPIRING_SOON, 0) + item["current"] - item["lasting"]
        )
        counts[Status.EXPIRED] = counts.get(Status.EXPIRED, 0) + item["any"] - item["current"]
    completed = Completion.objects.filter(learner=OuterRef("learner"), module=OuterRef("module"))
    viewed = LessonView.objects.filter(learner=OuterRef("learner"), module=OuterRef("module"))
    active = [
        LessonView.objects.exclude(Exists(completed)),
        QuizAttempt.objects.exclude(Exists(completed)).exclude(Exists(viewed)),
    ]
    for queryset in active:
        for key, item in per_group(queryset, n=learners_counted()):
            counts = result.setdefault(key, {})
            counts[Status.IN_PROGRESS] = counts.get(Status.IN_PROGRESS, 0) + item["n"]
    return result


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
