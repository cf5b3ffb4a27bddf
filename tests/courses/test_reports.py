"""Training reports: counts against a known data set, managers see their departments only,
and queries stay flat from 10 to 1,000 learners."""

from datetime import timedelta

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import Locale

from actsite import roles
from courses import reports
from courses.models import (
    Assignment,
    Completion,
    Department,
    LearnerProfile,
    LessonView,
    ModulePage,
    QuizAttempt,
)
from courses.status import EXPIRING_SOON_DAYS, Status, status_of
from tests.campaigns.factories import settings_named
from tests.courses.factories import learner, module_with_lessons

pytestmark = pytest.mark.django_db


def add_learners(module, count, department, setting="transport", start=0):
    """``count`` learners in ``department``: a fifth each not started, in progress, completed,
    expiring soon and expired."""
    today = timezone.localdate()
    users = get_user_model().objects.bulk_create(
        get_user_model()(username=f"{department.name}-{n}", email=f"{department.name}{n}@x.org")
        for n in range(start, start + count)
    )
    where = settings_named(setting)[0]
    LearnerProfile.objects.bulk_create(
        LearnerProfile(user=u, department=department, workplace_setting=where) for u in users
    )
    lesson = module.lessons().first()
    views, completions = [], []
    for n, user in enumerate(users):
        kind = n % 5
        if kind == 1:
            views.append(LessonView(learner=user, lesson=lesson, module=module))
        if kind >= 2:
            valid_until = {
                2: today + timedelta(days=200),
                3: today + timedelta(days=10),
                4: today - timedelta(days=5),
            }[kind]
            completions.append(
                Completion(learner=user, module=module, score=100, valid_until=valid_until)
            )
    LessonView.objects.bulk_create(views)
    Completion.objects.bulk_create(completions)
    return users


def test_counts_per_status_for_a_known_data_set(module):
    licensing = Department.objects.create(name="Licensing")
    add_learners(module, 10, licensing)
    (row,) = reports.completion_report(
        reports.learners_for(superuser()), group_by="", assigned_only=False
    )
    assert row.counts == {
        Status.NOT_STARTED: 2,
        Status.IN_PROGRESS: 2,
        Status.COMPLETED: 2,
        Status.EXPIRING_SOON: 2,
        Status.EXPIRED: 2,
    }
    assert (row.total, row.done, row.rate) == (10, 4, 40)


def test_grouping_by_setting_and_department(module):
    add_learners(module, 5, Department.objects.create(name="Licensing"), "transport")
    add_learners(module, 10, Department.objects.create(name="Leisure"), "leisure")
    learners = reports.learners_for(superuser())
    rows = reports.completion_report(learners, group_by="setting", assigned_only=False)
    assert {r.group: r.total for r in rows} == {"Leisure": 10, "Transport": 5}
    rows = reports.completion_report(learners, group_by="department", assigned_only=False)
    by_department = {r.group: r.rate for r in rows}
    assert by_department == {"Leisure": 40, "Licensing": 40}


def test_report_agrees_with_each_learners_own_status(module, training_index):
    """The set-based counts match ``status_of`` for every learner, with the awkward cases:
    renewed completions (an expired one and a current one), quiz attempts only, views and
    attempts together, two modules, people with no department or setting, inactive staff."""
    other = module_with_lessons(training_index, lessons=1)
    today = timezone.localdate()
    cases = [
        ("renewed", [-30, 300], False, False),
        ("renewed-soon", [-400, 10], True, False),
        ("twice-expired", [-400, -3], False, True),
        ("quiz-only", [], False, True),
        ("viewed-and-tried", [], True, True),
        ("completed-today-ends", [0], False, False),
        ("edge-of-soon", [EXPIRING_SOON_DAYS], False, False),
        ("past-soon", [EXPIRING_SOON_DAYS + 1], False, False),
        ("nothing", [], False, False),
    ]
    people = []
    for n, (name, valid_days, viewed, tried) in enumerate(cases):
        person = learner(name, department="Licensing" if n % 2 else None, setting=None)
        people.append(person)
        for days in valid_days:
            Completion.objects.create(
                learner=person, module=module, score=90, valid_until=today + timedelta(days)
            )
        if viewed:
            lesson = module.lessons().first()
            LessonView.objects.create(learner=person, lesson=lesson, module=module)
        if tried:
            QuizAttempt.objects.create(
                learner=person, module=module, score=20, passed=False, answers={}
            )
    Completion.objects.create(learner=people[0], module=other, score=90, valid_until=today)
    gone = learner("left-the-council", department="Licensing", is_active=False)
    Completion.objects.create(learner=gone, module=module, score=90, valid_until=today)
    learners = reports.learners_for(superuser())
    for group_by, group_of in [
        ("", lambda person: ""),
        ("department", lambda p: p.learner.department.name if p.learner.department else "Not set"),
        ("setting", lambda person: "Not set"),
    ]:
        expected = {}
        for each in (module, other):
            for person in people:
                counts = expected.setdefault((each.pk, group_of(person)), {})
                status = status_of(person, each, today)
                counts[status] = counts.get(status, 0) + 1
        rows = reports.completion_report(
            learners, group_by=group_by, today=today, assigned_only=False
        )
        assert {(row.module.pk, row.group): row.counts for row in rows} == expected, group_by


def superuser():
    return get_user_model().objects.create_superuser("root", "root@example.org", "x" * 14)


@pytest.fixture
def manager(client):
    user = get_user_model().objects.create_user("tara", "tara@example.org", "x" * 14)
    user.groups.add(Group.objects.get(name=roles.TRAINING_MANAGERS))
    client.force_login(user)
    return user


def test_managers_see_only_their_departments_and_drill_down(client, manager, module):
    licensing = Department.objects.create(name="Licensing")
    licensing.training_managers.add(manager)
    add_learners(module, 5, licensing)
    planning = Department.objects.create(name="Planning")
    add_learners(module, 5, planning)
    due = timezone.localdate() + timedelta(days=30)
    for department in (licensing, planning):
        Assignment.objects.create(module=module, department=department, due_on=due)
    page = client.get("/admin/training/report/").text
    assert "40% (2 of 5)" in page
    people = client.get(f"/admin/training/report/{module.pk}/people/?status={Status.EXPIRED}").text
    assert "Licensing4@x.org" in people and "Licensing0@x.org" not in people
    assert "Planning" not in people and "Planning" not in page
    csv_text = client.get("/admin/training/report/?format=csv").content.decode()
    assert csv_text.splitlines()[1].endswith(",5,40")
    home = client.get("/admin/").text
    assert "Training: who is trained" in home


def test_other_roles_cannot_see_training_records(client, module, django_user_model):
    volunteer = django_user_model.objects.create_user("vera", "v@example.org", "x" * 14)
    volunteer.groups.add(Group.objects.get(name=roles.VOLUNTEERS))
    client.force_login(volunteer)
    for url in ("/admin/training/report/", f"/admin/training/report/{module.pk}/people/"):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"] == "/admin/"


def test_overdue_counts_assigned_people_who_have_not_finished(module):
    licensing = Department.objects.create(name="Licensing")
    add_learners(module, 10, licensing)
    Assignment.objects.create(
        module=module, department=licensing, due_on=timezone.localdate() - timedelta(days=1)
    )
    assert reports.overdue_count(reports.learners_for(superuser())) == 6


def queries(client, url):
    client.get(url)  # warm per-process caches; the first request also creates site settings,
    client.get(url)  # which refreshes cached public content, so warm once more
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_my_training_and_the_report_cost_the_same_for_10_and_1000_learners(client, manager, module):
    licensing = Department.objects.create(name="Licensing")
    licensing.training_managers.add(manager)
    Assignment.objects.create(
        module=module, department=licensing, due_on=timezone.localdate() - timedelta(days=1)
    )
    add_learners(module, 10, licensing)
    someone = learner("sam", department="Licensing")
    urls = ["/admin/training/report/", "/admin/training/report/?group_by=setting", "/admin/"]
    small = {url: queries(client, url) for url in urls}
    client.force_login(someone)
    small["my"] = queries(client, "/training/my/")

    add_learners(module, 990, licensing, start=10)
    client.force_login(manager)
    large = {url: queries(client, url) for url in urls}
    client.force_login(someone)
    large["my"] = queries(client, "/training/my/")
    assert small == large
    assert max(large.values()) <= 30, large


def test_an_assignment_reaches_its_person_department_and_setting_in_any_language(
    module, training_index
):
    due = timezone.localdate() + timedelta(days=30)
    welsh = Locale.objects.get_or_create(language_code="cy")[0]
    transport = settings_named("transport")[0]
    welsh_transport = transport.get_translation_or_none(welsh) or transport.copy_for_translation(
        welsh
    )
    welsh_transport.save()
    named = learner("named", department="Finance", setting="leisure")
    in_department = learner("in-department", department="Planning", setting="leisure")
    learner("in-setting", department="Finance", setting="transport")
    learner("nobody", department="Finance", setting="leisure")
    Assignment.objects.create(module=module, learner=named, due_on=due)
    Assignment.objects.create(
        module=module, department=in_department.learner.department, due_on=due
    )
    Assignment.objects.create(module=module, workplace_setting=welsh_transport, due_on=due)
    unassigned = module_with_lessons(training_index, title="Nobody is asked to take this")
    everyone = reports.learners_for(superuser())

    reached = reports.population(everyone, module)
    assert set(reached.values_list("username", flat=True)) == {
        "named",
        "in-department",
        "in-setting",
    }
    assert not reports.population(everyone, unassigned).exists()
    with CaptureQueriesContext(connection) as report:
        rows = reports.completion_report(everyone)
    assert [(row.module, row.total) for row in rows] == [(module, 3)]
    reading_assignments = [q for q in report.captured_queries if "courses_assignment" in q["sql"]]
    assert len(reading_assignments) == 1  # read once, for the head count and the records
    only_unassigned = ModulePage.objects.filter(pk=unassigned.pk)
    assert reports.completion_report(everyone, modules=only_unassigned, group_by="setting") == []
    everything = reports.completion_report(everyone, assigned_only=False)
    assert {(row.module, row.total) for row in everything} == {(module, 4), (unassigned, 4)}
