"""Seed the bench's data set into the database named by DATABASE_URL.

The demo content first (so every page type is real), then, by default, 300 campaigns,
3,000 resources, 1,000 events, 12 modules and 20,000 staff with completion records. Pages are
added live without revisions (as an import would), so seeding takes minutes, not hours.
Writes signed-in sessions to bench/results/*.session: a learner's for "My training", a
superuser's, and 16 training managers' (one a line) for the training report.

    DJANGO_SETTINGS_MODULE=actsite.settings.production python bench/seed.py
"""

import json
import os
import random
import sys
from datetime import timedelta
from importlib import import_module
from pathlib import Path

import django

django.setup()

from progress import progress  # noqa: E402  (bench/ is on the path: the script's folder)

from django.conf import settings as django_settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.auth.models import Group  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.utils import timezone  # noqa: E402

from wagtail.models import Locale  # noqa: E402

from actsite import roles  # noqa: E402
from actsite.models import WorkplaceSetting  # noqa: E402
from campaigns.models import (  # noqa: E402
    CampaignIndexPage,
    CampaignPage,
    EventIndexPage,
    EventPage,
    ResourceFile,
    ResourceIndexPage,
    ResourcePage,
)
from courses.models import (  # noqa: E402
    Completion,
    Department,
    LearnerProfile,
    LessonPage,
    ModulePage,
    TrainingIndexPage,
)

SIZES = {
    "campaigns": int(os.environ.get("BENCH_CAMPAIGNS", 300)),
    "resources": int(os.environ.get("BENCH_RESOURCES", 3000)),
    "events": int(os.environ.get("BENCH_EVENTS", 1000)),
    "modules": 12,
    "staff": int(os.environ.get("BENCH_STAFF", 20000)),
}
MANAGERS = 16  # training managers opening the report at once
RESULTS = Path(os.environ.get("BENCH_RESULTS", Path(__file__).resolve().parent / "results"))


def english(model):
    """The model's objects in the default language (the demo adds Welsh and Polish copies)."""
    return model.objects.filter(locale=Locale.get_default())


def add_live(parent, page):
    page.live = True
    parent.add_child(instance=page)
    return page


def seed_campaigns(index, settings, count):
    template = english(CampaignPage).live().first()
    body = json.dumps(template.body.get_prep_value())
    for n in progress(range(count), count, "campaigns"):
        page = CampaignPage(
            title=f"{template.title} {n}",
            slug=f"bench-campaign-{n}",
            summary=template.summary,
            starts_on=template.starts_on,
            body=body,
            locale=index.locale,
        )
        page.workplace_settings = [settings[n % len(settings)]]
        add_live(index, page)


def seed_resources(index, settings, count):
    template = english(ResourcePage).live().prefetch_related("files").first()
    campaigns = list(CampaignPage.objects.live()[:50])
    for n in progress(range(count), count, "resources"):
        page = ResourcePage(
            title=f"{template.title} {n}",
            slug=f"bench-resource-{n}",
            description=template.description,
            kind=template.kind,
            paper_size=template.paper_size,
            text_alternative=template.text_alternative,
            campaign=campaigns[n % len(campaigns)],
            locale=index.locale,
        )
        page.workplace_settings = [settings[n % len(settings)]]
        page.files = [
            ResourceFile(language=f.language, document_id=f.document_id)
            for f in template.files.all()
        ]
        add_live(index, page)


def seed_events(index, settings, count):
    template = english(EventPage).live().filter(venue_name__gt="").first()
    start = timezone.now().replace(minute=0, second=0, microsecond=0)
    for n in progress(range(count), count, "events"):
        starts_at = start + timedelta(days=n % 365 - 60, hours=n % 8)
        page = EventPage(
            title=f"{template.title} {n}",
            slug=f"bench-event-{n}",
            summary=template.summary,
            starts_at=starts_at,
            ends_at=starts_at + timedelta(hours=2),
            venue_name=template.venue_name,
            venue_address=template.venue_address,
            capacity=40,
            max_places_per_booking=4,
            body=json.dumps(template.body.get_prep_value()),
            locale=index.locale,
        )
        page.workplace_settings = [settings[n % len(settings)]]
        add_live(index, page)


def seed_modules(index, count):
    templates = list(ModulePage.objects.live())
    modules = list(templates)
    for n in range(count - len(templates)):
        template = templates[n % len(templates)]
        module = ModulePage(
            title=f"{template.title} (part {n + 2})",
            slug=f"bench-module-{n}",
            summary=template.summary,
            learning_outcomes=template.learning_outcomes,
            level=template.level,
            estimated_minutes=template.estimated_minutes,
            validity_months=template.validity_months,
            pass_mark=template.pass_mark,
            quiz=json.dumps(template.quiz.get_prep_value()),
            locale=index.locale,
        )
        module.workplace_settings = list(template.workplace_settings.all())
        add_live(index, module)
        for lesson in template.lessons():
            add_live(
                module,
                LessonPage(
                    title=lesson.title,
                    body=json.dumps(lesson.specific.body.get_prep_value()),
                    locale=index.locale,
                ),
            )
        modules.append(module)
    return modules


def seed_staff(modules, settings, count):
    """``count`` learners in four departments, each module completed by about 70% of them,
    with dates spread over two years (so every status appears)."""
    User = get_user_model()
    departments = list(Department.objects.all()) or [Department.objects.create(name="Staff")]
    rng = random.Random(7)
    today = timezone.localdate()
    batch = 2000
    for start in progress(range(0, count, batch), (count + batch - 1) // batch, "staff (batches)"):
        users = User.objects.bulk_create(
            User(
                username=f"bench-{n}",
                email=f"bench-{n}@example.org",
                first_name="Staff",
                last_name=str(n),
                password="!",
            )
            for n in range(start, min(start + batch, count))
        )
        LearnerProfile.objects.bulk_create(
            LearnerProfile(
                user=user,
                department=departments[i % len(departments)],
                workplace_setting=settings[i % len(settings)],
            )
            for i, user in enumerate(users)
        )
        completions = []
        for user in users:
            for module in modules:
                if rng.random() < 0.7:
                    done = timezone.now() - timedelta(days=rng.randrange(730))
                    completions.append(
                        Completion(
                            learner=user,
                            module=module,
                            score=100,
                            completed_at=done,
                            valid_until=done.date() + timedelta(days=365),
                        )
                    )
        Completion.objects.bulk_create(completions, batch_size=5000)
    return today


def signed_in_session(user):
    """A session for ``user``, so the load test can fetch signed-in pages."""
    session = import_module(django_settings.SESSION_ENGINE).SessionStore()  # Redis, as deployed
    session["_auth_user_id"] = str(user.pk)
    session["_auth_user_backend"] = "django.contrib.auth.backends.ModelBackend"
    session["_auth_user_hash"] = user.get_session_auth_hash()
    session["_renewed_at"] = 2**40  # never renewed during the run: reads only
    session.set_expiry(24 * 3600)
    session.create()
    return session.session_key


def training_managers(count):
    """``count`` training managers, each managing one department (in turn), as a council's
    managers would each open the report on their own staff."""
    User = get_user_model()
    group = Group.objects.get(name=roles.TRAINING_MANAGERS)
    departments = list(Department.objects.order_by("pk"))
    managers = []
    for n in range(count):
        manager, _ = User.objects.get_or_create(
            username=f"bench-manager-{n}", defaults={"email": f"bench-manager-{n}@example.org"}
        )
        manager.groups.add(group)
        departments[n % len(departments)].training_managers.add(manager)
        managers.append(manager)
    return managers


def main():
    call_command("migrate", verbosity=0)
    if CampaignPage.objects.filter(slug="bench-campaign-0").exists():
        print("Bench data already seeded; reusing it.", file=sys.stderr)
    else:
        call_command("load_demo_content", verbosity=0)
        settings = list(english(WorkplaceSetting))
        with transaction.atomic():
            seed_campaigns(english(CampaignIndexPage).get(), settings, SIZES["campaigns"])
        with transaction.atomic():
            seed_resources(english(ResourceIndexPage).get(), settings, SIZES["resources"])
        with transaction.atomic():
            seed_events(english(EventIndexPage).get(), settings, SIZES["events"])
        with transaction.atomic():
            modules = seed_modules(english(TrainingIndexPage).get(), SIZES["modules"])
            seed_staff(modules, settings, SIZES["staff"])
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")  # planner statistics for the bulk-loaded tables
    RESULTS.mkdir(exist_ok=True)
    User = get_user_model()
    admin = User.objects.filter(username="bench-admin").first()
    admin = admin or User.objects.create_superuser("bench-admin", "", None)
    (RESULTS / "learner.session").write_text(
        signed_in_session(User.objects.get(username="bench-1"))
    )
    (RESULTS / "admin.session").write_text(signed_in_session(admin))
    (RESULTS / "managers.session").write_text(
        "\n".join(signed_in_session(manager) for manager in training_managers(MANAGERS)) + "\n"
    )
    print(json.dumps(SIZES))


if __name__ == "__main__":
    main()
