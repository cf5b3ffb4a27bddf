"""Training reports: who is trained, per module, by setting or department. Aggregated in the
database: a few queries per module however many staff there are.

Two views of the same records:

- **assigned** (the default): each module counts only the people it is assigned to (to them,
  their department or their setting), so a rate says how much of the training asked for is done;
- **all staff**: every module counts every learner in scope.

A module and its translations are one module (``translation_key``): a Welsh completion counts
for the English module, and the translation is not listed as another module.
"""

from dataclasses import dataclass, field
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db.models import Count, Exists, OuterRef, Q, Subquery
from django.utils import timezone

from wagtail.models import Locale

from courses.assignment_reach import reach, targets
from courses.models import Assignment, Completion, LessonView, ModulePage, QuizAttempt
from courses.status import EXPIRING_SOON_DAYS, Status, same_module, with_status

DONE = [Status.COMPLETED, Status.EXPIRING_SOON]
# group_by: (the learner's field grouped on, its name for people)
GROUPINGS = {
    "setting": ("learner__workplace_setting", "learner__workplace_setting__name"),
    "department": ("learner__department", "learner__department__name"),
}
NOT_SET = "Not set"


@dataclass
class ReportRow:
    module: ModulePage
    group: str
    counts: dict = field(default_factory=dict)
    group_id: int | None = None  # the setting's or department's id; None for "Not set"

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

    @property
    def group_param(self):
        """The drill-down's ``group`` parameter for this row."""
        return "none" if self.group_id is None else str(self.group_id)


def learners_for(user, department=None, workplace_setting=None):
    """The staff whose records ``user`` may see: all for superusers, otherwise the
    departments they manage. Narrowed by the filters."""
    learners = get_user_model().objects.filter(learner__isnull=False, is_active=True)
    if not user.is_superuser:
        learners = learners.filter(learner__department__training_managers=user)
    if department:
        learners = learners.filter(learner__department=department)
    if workplace_setting:
        learners = learners.filter(
            learner__workplace_setting__translation_key=workplace_setting.translation_key
        )
    return learners


def in_group(learners, group_by, group):
    """``learners`` narrowed to one report group: ``group`` is an id, or None for "Not set"."""
    if group_by not in GROUPINGS:
        return learners
    field_name = GROUPINGS[group_by][0]
    if group is None:
        return learners.filter(**{f"{field_name}__isnull": True})
    return learners.filter(**{field_name: group})


def report_modules(modules=None):
    """One module per translation key, in title order: the default language's version where
    there is one (live), otherwise the first found."""
    if modules is None:
        modules = ModulePage.objects.live()
    default = Locale.get_default().pk
    chosen = {}
    for module in modules:
        key = module.translation_key
        if key not in chosen or (module.locale_id == default != chosen[key].locale_id):
            chosen[key] = module
    return sorted(chosen.values(), key=lambda module: (module.title, module.pk))


def population(learners, module, assigned_only=True):
    """The people a module's row counts: those it is assigned to, or everyone."""
    if not assigned_only:
        return learners
    key = module.translation_key
    return learners.filter(reach(targets([key]))[key])


def completion_report(learners, modules=None, group_by="", today=None, assigned_only=True):
    """Rows of status counts per module (and per setting or department when grouped).

    Counted in the database: no per-learner status is computed. A learner's status follows
    from their *latest* completion, so counting learners with any completion valid past a date
    gives the same buckets (see ``courses.status``); people with activity but no completion
    are in progress, and everyone else in the group has not started. Groups with nobody to
    count are left out.
    """
    modules = report_modules(modules)
    grouping = GROUPINGS.get(group_by)
    if not modules:
        return []
    assigned = targets([module.translation_key for module in modules]) if assigned_only else None
    reached = reach(assigned) if assigned_only else None
    names = {}
    totals = _population_counts(learners, modules, grouping, reached, names)
    someone = {key for key, _group in totals}
    counted = _status_counts(
        learners,
        [module for module in modules if module.translation_key in someone],
        grouping,
        today or timezone.localdate(),
        assigned,
    )
    rows = []
    for module in modules:
        groups = [g for (key, g) in totals if key == module.translation_key]
        for group in sorted(groups, key=lambda g: (names[g] == NOT_SET, names[g])):
            counts = counted.get((module.translation_key, group), {})
            counts[Status.NOT_STARTED] = totals[(module.translation_key, group)] - sum(
                counts.values()
            )
            rows.append(
                ReportRow(module, names[group], {s: n for s, n in counts.items() if n}, group)
            )
    return rows


def _population_counts(learners, modules, grouping, reached, names):
    """{(module key, group id): how many people the row counts}, in one query: each module's
    count narrowed to whom it reaches (everyone when ``reached`` is None). Notes each group's
    name in ``names``; the single group is None when not grouped. Rows of nobody are left out.
    """
    counts = {
        f"module_{number}": Count("pk", filter=reached[module.translation_key] if reached else None)
        for number, module in enumerate(modules)
    }
    learners = learners.order_by()
    if grouping:
        id_field, name_field = grouping
        counted = learners.values(id_field, name_field).annotate(**counts)
    else:
        id_field, name_field = "group", "group_name"
        counted = [{id_field: None, name_field: "", **learners.aggregate(**counts)}]
    totals = {}
    for item in counted:
        group = item[id_field]
        names[group] = item[name_field] or (NOT_SET if grouping else "")
        for number, module in enumerate(modules):
            if item[f"module_{number}"]:
                where = (module.translation_key, group)
                totals[where] = totals.get(where, 0) + item[f"module_{number}"]
    return totals


def _status_counts(learners, modules, grouping, today, assigned):
    """{(module key, group id): {status: count}} for every status but "not started".

    Three queries in all (completions, lesson views, quiz attempts), each reading the records
    of every module's versions (by page id, not through the page tree, which took seconds with
    20,000 staff) of the people in scope once, and counting each module's people with its own
    filter: its versions and, with ``assigned`` (the modules' ``targets``), whom its
    assignments reach."""
    if not modules:
        return {}
    soon = today + timedelta(days=EXPIRING_SOON_DAYS)
    group_key = f"learner__{grouping[0]}" if grouping else None
    keys = [module.translation_key for module in modules]
    versions = {}
    for pk, key in ModulePage.objects.filter(translation_key__in=keys).values_list(
        "pk", "translation_key"
    ):
        versions.setdefault(key, []).append(pk)
    on_records = reach(assigned, user_field="learner") if assigned is not None else {}
    mine = {key: Q(module_id__in=versions[key]) & on_records.get(key, Q()) for key in keys}

    def learners_counted(key, **filters):
        return Count("learner", distinct=True, filter=mine[key] & Q(**filters))

    same = {
        "learner": OuterRef("learner"),
        "module__translation_key": OuterRef("module__translation_key"),
    }
    completed = Completion.objects.filter(**same)
    viewed = LessonView.objects.filter(**same)
    records = (learners, sum(versions.values(), []), group_key)
    result = {}
    completions = {}
    for number, key in enumerate(keys):
        completions[f"any_{number}"] = learners_counted(key)
        completions[f"current_{number}"] = learners_counted(key, valid_until__gte=today)
        completions[f"lasting_{number}"] = learners_counted(key, valid_until__gt=soon)
    for group, item in _per_group(Completion.objects.all(), *records, **completions):
        for number, key in enumerate(keys):
            counts = result.setdefault((key, group), {})
            lasting, current = item[f"lasting_{number}"], item[f"current_{number}"]
            counts[Status.COMPLETED] = counts.get(Status.COMPLETED, 0) + lasting
            counts[Status.EXPIRING_SOON] = counts.get(Status.EXPIRING_SOON, 0) + current - lasting
            counts[Status.EXPIRED] = counts.get(Status.EXPIRED, 0) + item[f"any_{number}"] - current
    active = {f"n_{number}": learners_counted(key) for number, key in enumerate(keys)}
    for queryset in (
        LessonView.objects.exclude(Exists(completed)),
        QuizAttempt.objects.exclude(Exists(completed)).exclude(Exists(viewed)),
    ):
        for group, item in _per_group(queryset, *records, **active):
            for number, key in enumerate(keys):
                counts = result.setdefault((key, group), {})
                counts[Status.IN_PROGRESS] = counts.get(Status.IN_PROGRESS, 0) + item[f"n_{number}"]
    return result


def _per_group(queryset, people, version_ids, group_key, **counts):
    """Yield (group id, counts) for ``queryset``'s records of ``version_ids`` and ``people``,
    by group (one group, None, when ``group_key`` is None)."""
    queryset = queryset.filter(
        module_id__in=version_ids, learner__in=people.order_by().values("pk")
    ).order_by()
    if not group_key:
        yield None, queryset.aggregate(**counts)
        return
    for item in queryset.values(group_key).annotate(**counts):
        yield item[group_key], item


def people(learners, module, status=None, today=None, assigned_only=True):
    """The learners of a report cell, with their status, for drill-down and CSV export: the
    same people the cell counts."""
    found = with_status(population(learners, module, assigned_only), module, today)
    found = found.select_related("learner__department", "learner__workplace_setting")
    if status:
        found = found.filter(status=status)
    return found.order_by("last_name", "first_name", "username")


def with_latest_completion(people_rows, module):
    """``people_rows`` annotated with their latest completion of ``module`` (any translation):
    ``completed_on``, ``valid_until`` and ``certificate_code`` (None without one)."""
    latest = Completion.objects.filter(same_module(module), learner=OuterRef("pk")).order_by(
        "-completed_at"
    )
    return people_rows.annotate(
        completed_on=Subquery(latest.values("completed_at")[:1]),
        valid_until=Subquery(latest.values("valid_until")[:1]),
        certificate_code=Subquery(latest.values("certificate_code")[:1]),
    )


def person_rows(learners, modules=None, today=None, assigned_only=True):
    """One (person, module) record per line for the per-person CSV: one query per module."""
    for module in report_modules(modules):
        for person in with_latest_completion(
            people(learners, module, today=today, assigned_only=assigned_only), module
        ):
            yield person, module


def overdue_count(learners, today=None):
    """How many (learner, module) assignments are past due and not done: one query per module
    with an overdue assignment."""
    today = today or timezone.localdate()
    total = 0
    overdue = Assignment.objects.filter(due_on__lt=today).select_related(
        "module", "workplace_setting"
    )
    by_module, modules = {}, {}
    for assignment in overdue:
        target = Q(pk=assignment.learner_id) if assignment.learner_id else Q()
        if assignment.department_id:
            target = Q(learner__department_id=assignment.department_id)
        if assignment.workplace_setting_id:
            target = Q(
                learner__workplace_setting__translation_key=(
                    assignment.workplace_setting.translation_key
                )
            )
        key = assignment.module.translation_key
        modules.setdefault(key, assignment.module)
        by_module[key] = by_module.get(key, Q(pk__in=[])) | target
    for key, target in by_module.items():
        total += (
            with_status(learners.filter(target), modules[key], today)
            .exclude(status__in=DONE)
            .count()
        )
    return total
