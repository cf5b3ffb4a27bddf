"""What a learner sees at /training/my/: their modules, due dates, status, progress, next step.

A fixed number of queries however many modules and records the learner has.
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.db.models import F, Min, Q
from django.utils import timezone, translation

from courses.assignment_reach import assignments_for
from courses.models import Completion, LessonPage, LessonView, ModulePage, QuizAttempt
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


def rows_for(user, today=None):
    """One row per module the learner is assigned or has started, most urgent first.

    A module and its translations are one row: records of any translation count, and the row
    shows the version in the current language where there is one.
    """
    today = today or timezone.localdate()
    due = dict(
        assignments_for(user)
        .values("module__translation_key")
        .annotate(due=Min("due_on"))
        .values_list("module__translation_key", "due")
    )
    views = LessonView.objects.filter(learner=user).values_list(
        "module__translation_key", "lesson__translation_key"
    )
    viewed, seen = set(), set()
    for module_key, lesson_key in views:
        viewed.add(module_key)
        seen.add(lesson_key)
    tried = set(
        QuizAttempt.objects.filter(learner=user).values_list("module__translation_key", flat=True)
    )
    latest = {}
    completions = Completion.objects.filter(learner=user).annotate(
        module_key=F("module__translation_key")
    )
    for completion in completions.order_by("completed_at"):
        latest[completion.module_key] = completion
    keys = set(due) | viewed | tried | set(latest)
    modules = _one_per_module(
        ModulePage.objects.live().filter(translation_key__in=keys).select_related("locale")
    )
    lessons = defaultdict(list)
    if modules:
        paths = Q()
        for module in modules:
            paths |= Q(path__startswith=module.path, depth=module.depth + 1)
        for lesson in LessonPage.objects.live().filter(paths).order_by("path"):
            lessons[lesson.path[: -LessonPage.steplen]].append(lesson)
    rows = []
    for module in modules:
        key = module.translation_key
        module_lessons = lessons[module.path]
        completion = latest.get(key)
        status = derive(
            completion.valid_until if completion else None,
            key in viewed or key in tried,
            today,
        )
        rows.append(
            ModuleRow(
                module=module,
                status=status,
                due_on=due.get(key),
                lessons_total=len(module_lessons),
                lessons_viewed=sum(lesson.translation_key in seen for lesson in module_lessons),
                next_lesson=next(
                    (page for page in module_lessons if page.translation_key not in seen), None
                ),
                completion=completion,
            )
        )
    rows.sort(key=lambda row: (row.status in DONE, row.due_on or date.max, row.module.title))
    return rows


def _one_per_module(modules):
    """One version of each module: the current language's, else the default's, else any."""
    language = translation.get_language() or ""
    default = settings.LANGUAGE_CODE

    def preference(module):
        code = module.locale.language_code
        return (code != language, code != default, module.pk)

    chosen = {}
    for module in sorted(modules, key=preference):
        chosen.setdefault(module.translation_key, module)
    return sorted(chosen.values(), key=lambda module: module.title)
