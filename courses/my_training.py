"""What a learner sees at /training/my/: their modules, due dates, status, progress, next step.

A fixed number of queries however many modules and records the learner has.
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from django.db.models import Count, Min, Q
from django.utils import timezone

from courses.models import Assignment, Completion, LessonPage, LessonView, ModulePage, QuizAttempt
from courses.status import Status, derive

DONE = {Status.COMPLETED, Status.EXPIRING_SOON}


@dataclass
class ModuleRow:
    module: ModulePage
    status: Status
    due_on: date | None
    lessons_total: int
    lessons_viewed: int
    next_lesson: LessonPage | None
    completion: Completion | None

    @property
    def overdue(self):
        return bool(self.due_on and self.due_on < timezone.localdate() and self.status not in DONE)

    @property
    def progress_percent(self):
        return round(100 * self.lessons_viewed / self.lessons_total) if self.lessons_total else 0


def assignments_for(user):
    """Assignments that apply to ``user``: to them, their department or their setting."""
    target = Q(learner=user)
    profile = getattr(user, "learner", None)
    if profile and profile.department_id:
        target |= Q(department_id=profile.department_id)
    if profile and profile.workplace_setting_id:
        target |= Q(workplace_setting_id=profile.workplace_setting_id)
    return Assignment.objects.filter(target)


def rows_for(user, today=None):
    """One row per module the learner is assigned or has started, most urgent first."""
    today = today or timezone.localdate()
    due = dict(
        assignments_for(user)
        .values("module_id")
        .annotate(due=Min("due_on"))
        .values_list("module_id", "due")
    )
    viewed = dict(
        LessonView.objects.filter(learner=user)
        .values("module_id")
        .annotate(n=Count("pk"))
        .values_list("module_id", "n")
    )
    tried = set(QuizAttempt.objects.filter(learner=user).values_list("module_id", flat=True))
    latest = {}
    for completion in Completion.objects.filter(learner=user).order_by("completed_at"):
        latest[completion.module_id] = completion
    module_ids = set(due) | set(viewed) | tried | set(latest)
    modules = ModulePage.objects.live().filter(pk__in=module_ids).order_by("title")
    lessons = defaultdict(list)
    if module_ids:
        paths = Q()
        for module in modules:
            paths |= Q(path__startswith=module.path, depth=module.depth + 1)
        for lesson in LessonPage.objects.live().filter(paths).order_by("path"):
            lessons[lesson.path[: -LessonPage.steplen]].append(lesson)
    seen = set(LessonView.objects.filter(learner=user).values_list("lesson_id", flat=True))
    rows = []
    for module in modules:
        module_lessons = lessons[module.path]
        completion = latest.get(module.pk)
        status = derive(
            completion.valid_until if completion else None,
            module.pk in viewed or module.pk in tried,
            today,
        )
        rows.append(
            ModuleRow(
                module=module,
                status=status,
                due_on=due.get(module.pk),
                lessons_total=len(module_lessons),
                lessons_viewed=sum(lesson.pk in seen for lesson in module_lessons),
                next_lesson=next((page for page in module_lessons if page.pk not in seen), None),
                completion=completion,
            )
        )
    rows.sort(key=lambda row: (row.status in DONE, row.due_on or date.max, row.module.title))
    return rows
