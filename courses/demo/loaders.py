"""Build the demo training: four modules with lessons and quizzes, demo staff with a mix of
statuses, and assignments. Creates only what is missing."""

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
    ModulePage,
    TrainingIndexPage,
)

from . import text


def lesson_bodies(data):
    situation, question, what_to_do = data["scenario"]
    return [
        (
            "Where to look",
            [("paragraph", f"<p>{escape(data['where'])}</p>")],
        ),
        (
            "What to look for",
            [
                (
                    "spot_the_signs",
                    {
                        "heading": "Spot the signs",
                        "where_to_look": [data["where"]],
                        "what_to_look_for": data["signs"],
                        "who_might_notice": [data["who"]],
                    },
                )
            ],
        ),
        (
            "A situation to think through",
            [
                (
                    "scenario",
                    {
                        "title": "What would you do?",
                        "situation": situation,
                        "question": question,
                        "what_to_do": what_to_do,
                    },
                )
            ],
        ),
        ("Who to call", [("paragraph", text.WHO_TO_CALL)]),
    ]


def ensure_modules(index, workplace_settings):
    modules = []
    for data in text.MODULES:
        module = ModulePage.objects.child_of(index).filter(slug=data["slug"]).first()
        if module is None:
            module = ModulePage(
                title=data["title"],
                slug=data["slug"],
                summary=data["summary"],
                learning_outcomes="<ul><li>Know where to look and what to look for</li>"
                "<li>Know who to call, and what not to do</li></ul>",
                level=data["level"],
                estimated_minutes=data["minutes"],
                validity_months=12,
                pass_mark=100 if data["level"] == "awareness" else 80,
                quiz=[
                    ("question", {**data["question"], "topic": "What to look for"}),
                    ("question", {**text.CALL_QUESTION, "topic": "Who to call"}),
                ],
                locale=index.locale,
            )
            module.workplace_settings = [workplace_settings[slug] for slug in data["settings"]]
            publish_child(index, module)
            for title, body in lesson_bodies(data):
                publish_child(module, LessonPage(title=title, body=body, locale=index.locale))
        modules.append(module)
    return modules


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
        module = next(
            m for m in modules if setting in m.workplace_settings.values_list("slug", flat=True)
        )
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
        if module.level != "awareness" or Assignment.objects.filter(module=module).exists():
            continue
        for setting in module.workplace_settings.all():
            Assignment.objects.create(
                module=module,
                workplace_setting=setting,
                due_on=today + timedelta(days=-7 if setting.slug == "transport" else 30),
            )


def ensure_learner_account(modules):
    """The demo learner 'sam' (made with the other demo users) gets a profile and a due date."""
    sam = demo_user("sam")
    if sam and not hasattr(sam, "learner"):
        LearnerProfile.objects.create(
            user=sam, workplace_setting=modules[0].workplace_settings.first()
        )
        Assignment.objects.get_or_create(
            module=modules[-1],
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
    ensure_learner_account(modules)
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
