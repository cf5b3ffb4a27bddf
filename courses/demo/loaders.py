"""Build the demo training: modules at each level with lessons and question banks, demo staff
with a mix of statuses, and assignments. Creates only what is missing."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape

from wagtail.models import Locale

from actsite.demo.loaders import publish_child
from actsite.demo.users import demo_user
from actsite.models import HomePage, WorkplaceSetting
from courses.models import (
    Assignment,
    Completion,
    Department,
    LearnerProfile,
    LessonPage,
    LessonView,
    Level,
    ModulePage,
    TrainingIndexPage,
)

from . import text


def learning_outcomes(data):
    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in data["outcomes"]) + "</ul>"


def ensure_modules(index, workplace_settings):
    """Each module in ``text.MODULES``, with its lessons, unless it exists (then left as an
    editor may have changed it)."""
    modules = []
    for data in text.MODULES:
        module = ModulePage.objects.child_of(index).filter(slug=data["slug"]).first()
        if module is None:
            module = ModulePage(
                title=data["title"],
                slug=data["slug"],
                summary=data["summary"],
                learning_outcomes=learning_outcomes(data),
                level=data["level"],
                estimated_minutes=data["minutes"],
                validity_months=12,
                pass_mark=80,
                # A random draw from the bank of 8 to 15: all but two, at most 10.
                questions_per_attempt=min(len(data["questions"]) - 2, 10),
                quiz=[("question", question) for question in data["questions"]],
                locale=index.locale,
            )
            module.workplace_settings = [workplace_settings[slug] for slug in data["settings"]]
            publish_child(index, module)
            for title, body in data["lessons"]:
                publish_child(module, LessonPage(title=title, body=body, locale=index.locale))
        modules.append(module)
    return modules


def setting_module(modules, setting):
    """The in-depth module for a workplace setting, or (in a database loaded by an older demo,
    or changed by an editor) the first module for it."""
    for_setting = [m for m in modules if m.workplace_settings.filter(slug=setting).exists()]
    return next((m for m in for_setting if m.level == Level.IN_DEPTH), for_setting[0])


def ensure_staff(modules, workplace_settings):
    """Demo staff across departments: some not started, in progress, trained, expiring, expired."""
    departments = {
        name: Department.objects.get_or_create(name=name)[0] for name in text.DEPARTMENTS
    }
    manager = demo_user("tara")
    if manager:
        for department in departments.values():
            department.training_managers.add(manager)
    users = get_user_model().objects
    today = timezone.localdate()
    for n, (name, department, setting) in enumerate(text.DEMO_STAFF):
        first, last = name.split(" ", 1)
        email = f"{first.lower()}.{last.lower()}@council.example.org"
        if users.filter(email=email).exists():
            continue
        user = users.create_user(email, email, first_name=first, last_name=last)
        user.set_unusable_password()
        user.save()
        LearnerProfile.objects.create(
            user=user,
            department=departments[department],
            workplace_setting=workplace_settings[setting],
        )
        module = setting_module(modules, setting)
        state = n % 4
        if state >= 1:
            lesson = module.lessons().first()
            LessonView.objects.create(learner=user, lesson=lesson, module=module)
        if state >= 2:
            valid_until = today + timedelta(days=200 if state == 2 else -20)
            Completion.objects.create(
                learner=user,
                module=module,
                score=100,
                completed_at=timezone.now() - timedelta(days=165 if state == 2 else 385),
                valid_until=valid_until,
            )
    for module in modules:
        # Everyone does the awareness module, and the in-depth one for their setting.
        if module.level == Level.ADVANCED or Assignment.objects.filter(module=module).exists():
            continue
        for setting in module.workplace_settings.all():
            Assignment.objects.create(
                module=module,
                workplace_setting=setting,
                due_on=today + timedelta(days=-7 if setting.slug == "transport" else 30),
            )


def ensure_learner_account(modules, workplace_settings):
    """The demo learner 'sam' (made with the other demo users) gets a profile and a due date
    for the advanced module."""
    sam = demo_user("sam")
    if sam and not hasattr(sam, "learner"):
        LearnerProfile.objects.create(user=sam, workplace_setting=workplace_settings["restaurants"])
        Assignment.objects.get_or_create(
            module=next((m for m in modules if m.level == Level.ADVANCED), modules[-1]),
            learner=sam,
            defaults={"due_on": timezone.localdate() + timedelta(days=14)},
        )


@transaction.atomic
def load():
    locale = Locale.get_default()
    home = HomePage.objects.get(locale=locale)
    workplace_settings = {s.slug: s for s in WorkplaceSetting.objects.filter(locale=locale)}
    index = TrainingIndexPage.objects.child_of(home).first() or publish_child(
        home,
        TrainingIndexPage(
            title="Training",
            slug="training",
            intro="Short modules for council staff: learn the signs of modern slavery in your "
            "workplace and how to refer.",
            locale=locale,
            show_in_menus=True,
        ),
    )
    modules = ensure_modules(index, workplace_settings)
    ensure_staff(modules, workplace_settings)
    ensure_learner_account(modules, workplace_settings)
    linked = {block.value["page"].pk for block in home.signposts if block.value["page"]}
    if index.pk not in linked:
        home.signposts.append(
            (
                "signpost",
                {
                    "page": index,
                    "title": "",
                    "text": "Council staff: take a short module and get a certificate.",
                },
            )
        )
        home.save_revision().publish()
