"""The training report against a hand-counted data set: rates count assigned modules only
("all staff" is a separate view), the drill-down lists exactly the people its cell counts,
the per-person CSV, and a module's translation counts as the module, not as another one.

Licensing (managed by Tara) has module A assigned; Planning has nothing assigned. Module B is
assigned to one person, L5. Hand-counted:

    person  department  setting      module A
    L1-L3   Licensing   Leisure      not started
    L4      Licensing   Leisure      completed
    L5      Licensing   Restaurants  not started        (B assigned to them)
    L6      Licensing   Restaurants  in progress
    L7      Licensing   Restaurants  completed, in Welsh
    P1      Planning    Leisure      not started        (A not assigned)
    P2      Planning    Leisure      completed          (A not assigned)
"""

import csv
import io
from datetime import timedelta

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from actsite import roles
from courses import reports
from courses.models import Assignment, Completion, Department, LessonView
from courses.status import Status
from tests.campaigns.factories import settings_named
from tests.campaigns.translations import translate
from tests.courses.factories import learner, module_with_lessons

pytestmark = pytest.mark.django_db

REPORT = "/admin/training/report/"


@pytest.fixture
def data(training_index):
    today = timezone.localdate()
    a = module_with_lessons(training_index, title="A: spotting the signs")
    b = module_with_lessons(training_index, title="B: referring")
    welsh_a = translate(a, "cy", title="A: sylwi ar yr arwyddion")
    people = {}
    for name, department, setting in [
        ("L1", "Licensing", "leisure"),
        ("L2", "Licensing", "leisure"),
        ("L3", "Licensing", "leisure"),
        ("L4", "Licensing", "leisure"),
        ("L5", "Licensing", "restaurants"),
        ("L6", "Licensing", "restaurants"),
        ("L7", "Licensing", "restaurants"),
        ("P1", "Planning", "leisure"),
        ("P2", "Planning", "leisure"),
    ]:
        people[name] = learner(name.lower(), department=department, setting=setting)
        people[name].first_name, people[name].last_name = "Person", name
        people[name].save()
    valid = today + timedelta(days=200)
    for name, module in [("L4", a), ("L7", welsh_a), ("P2", a)]:
        Completion.objects.create(learner=people[name], module=module, score=100, valid_until=valid)
    LessonView.objects.create(learner=people["L6"], lesson=a.lessons().first(), module=a)
    licensing = Department.objects.get(name="Licensing")
    Assignment.objects.create(module=a, department=licensing, due_on=today + timedelta(days=9))
    Assignment.objects.create(module=b, learner=people["L5"], due_on=today + timedelta(days=9))
    return {"a": a, "b": b, "welsh_a": welsh_a, "people": people, "licensing": licensing}


def superuser():
    return get_user_model().objects.create_superuser("root", "root@example.org", "x" * 14)


def counts(rows):
    return {(row.module.title[0], row.group): (row.counts, row.rate) for row in rows}


def test_rates_count_assigned_modules_only_and_a_translation_is_not_another_module(data):
    learners = reports.learners_for(superuser())
    rows = reports.completion_report(learners, group_by="setting")
    assert counts(rows) == {
        ("A", "Leisure"): ({Status.NOT_STARTED: 3, Status.COMPLETED: 1}, 25),
        ("A", "Restaurants"): (
            {Status.NOT_STARTED: 1, Status.IN_PROGRESS: 1, Status.COMPLETED: 1},
            33,
        ),
        ("B", "Restaurants"): ({Status.NOT_STARTED: 1}, 0),
    }
    everyone = reports.completion_report(learners, assigned_only=False)
    assert counts(everyone) == {
        ("A", ""): ({Status.NOT_STARTED: 5, Status.IN_PROGRESS: 1, Status.COMPLETED: 3}, 33),
        ("B", ""): ({Status.NOT_STARTED: 9}, 0),
    }


def drill_down(client, module, **params):
    page = client.get(f"{REPORT}{module.pk}/people/", params)
    assert page.status_code == 200
    names = ("L1", "L2", "L3", "L4", "L5", "L6", "L7", "P1", "P2")
    return sorted(name for name in names if f">Person {name}</a></td>" in page.text)


def test_the_drill_down_lists_exactly_the_people_its_cell_counts(client, data):
    client.force_login(superuser())
    report = client.get(REPORT, {"group_by": "setting"}).text
    leisure = settings_named("leisure")[0]
    link = (
        f"{REPORT}{data['a'].pk}/people/?group_by=setting&amp;status=not-started"
        f"&amp;group={leisure.pk}"
    )
    assert link in report  # the cell "3 not started in Leisure" links to its people
    a = data["a"]
    not_started_leisure = {"group_by": "setting", "status": "not-started", "group": leisure.pk}
    assert drill_down(client, a, **not_started_leisure) == ["L1", "L2", "L3"]
    assert drill_down(client, a, **not_started_leisure, scope="all") == ["L1", "L2", "L3", "P1"]
    planning = Department.objects.get(name="Planning")
    assert drill_down(client, a, department=planning.pk, scope="all", status="completed") == ["P2"]
    assert drill_down(client, a, department=planning.pk) == []  # not assigned to Planning
    restaurants = settings_named("restaurants")[0]
    assert drill_down(client, a, workplace_setting=restaurants.pk, status="completed") == ["L7"]
    assert drill_down(client, data["b"]) == ["L5"]
    # A forged group is nobody, not an error.
    assert drill_down(client, a, group_by="department", group="x1") == []
    assert drill_down(client, a, group_by="department", group="none") == []


def test_a_manager_of_another_department_sees_none_of_it(client, data):
    tara = get_user_model().objects.create_user("tara", "tara@example.org", "x" * 14)
    tara.groups.add(Group.objects.get(name=roles.TRAINING_MANAGERS))
    Department.objects.get(name="Planning").training_managers.add(tara)
    client.force_login(tara)
    assert drill_down(client, data["a"], scope="all") == ["P1", "P2"]
    assert drill_down(client, data["a"]) == []


def test_the_per_person_csv(client, data):
    client.force_login(superuser())
    response = client.get(REPORT, {"format": "people-csv"})
    assert response["Content-Type"].startswith("text/csv")
    lines = list(csv.reader(io.StringIO(response.content.decode())))
    assert lines[0] == [
        "Person",
        "Department",
        "Setting",
        "Module",
        "Status",
        "Completed on",
        "Valid until",
        "Certificate code",
    ]
    by_person = {(line[0], line[3][0]): line for line in lines[1:]}
    assert sorted(by_person) == [
        ("Person L1", "A"),
        ("Person L2", "A"),
        ("Person L3", "A"),
        ("Person L4", "A"),
        ("Person L5", "A"),
        ("Person L5", "B"),
        ("Person L6", "A"),
        ("Person L7", "A"),
    ]
    welsh = Completion.objects.get(learner=data["people"]["L7"])
    assert by_person[("Person L7", "A")] == [
        "Person L7",
        "Licensing",
        "Restaurants",
        "A: spotting the signs",
        "Completed",
        timezone.localdate().isoformat(),
        welsh.valid_until.isoformat(),
        welsh.certificate_code,
    ]
    assert by_person[("Person L6", "A")][4:] == ["In progress", "", "", ""]
    everyone = client.get(REPORT, {"format": "people-csv", "scope": "all"}).content.decode()
    assert len(everyone.strip().splitlines()) == 1 + 9 * 2
