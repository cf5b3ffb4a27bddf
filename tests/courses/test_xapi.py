"""xAPI export (``manage.py export_xapi`` and the admin download): every statement keeps the
xAPI 1.0.3 statement rules (``tests/courses/xapi_rules.py``), learners are keyed pseudonyms and
nothing personal leaves, modules are their public addresses, erased learners are left out, a
training manager gets only their departments' learners, and bad input is refused in one line.

Licensing (managed by Tara): Sam (English module, 90%), Ffion (the Welsh translation, 100%),
Ellie (erased). Planning: Pat (English, 80%, completed 40 days ago)."""

import io
import json
from datetime import UTC, timedelta

import pytest

from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.test import override_settings
from django.utils import timezone
from django.utils.crypto import salted_hmac

from wagtail.models import Site

from actsite import roles
from actsite.models import PersonalDataAccess
from courses.models import Completion
from courses.personal_data import erase_for
from tests.campaigns.translations import translate
from tests.courses.factories import learner
from tests.courses.test_learner_profile import training_manager
from tests.courses.xapi_rules import problems

pytestmark = pytest.mark.django_db

HOME = "https://act.example.org"
DOWNLOAD = "/admin/training/report/xapi/"


@pytest.fixture
def records(module):
    Site.objects.filter(is_default_site=True).update(hostname="act.example.org", port=443)
    welsh = translate(module, "cy", title="Sylwi ar gamfanteisio", summary="Adnabod yr arwyddion.")
    valid = timezone.localdate() + timedelta(days=300)
    people = {}
    for name, department, completed, score in [
        ("sam", "Licensing", module, 90),
        ("ffion", "Licensing", welsh, 100),
        ("ellie", "Licensing", module, 95),
        ("pat", "Planning", module, 80),
    ]:
        people[name] = learner(name, department=department, first_name=name.title(), last_name="Q")
        people[name].completion = Completion.objects.create(
            learner=people[name], module=completed, score=score, valid_until=valid
        )
    Completion.objects.filter(pk=people["pat"].completion.pk).update(
        completed_at=timezone.now() - timedelta(days=40)
    )
    erase_for("ellie@example.org")
    return {"module": module, "welsh": welsh, **people}


def export(**options):
    out = io.StringIO()
    call_command("export_xapi", stdout=out, stderr=io.StringIO(), **options)
    return json.loads(out.getvalue())


def pseudonym(user, key):
    return salted_hmac(
        "courses.xapi.actor", str(user.pk), secret=key, algorithm="sha256"
    ).hexdigest()


def by_actor(statements):
    found = {}
    for statement in statements:
        found.setdefault(statement["actor"]["account"]["name"], []).append(statement)
    return found


GOOD = {
    "id": "0f8fad5b-d9cb-469f-a165-70867728950e",
    "actor": {"objectType": "Agent", "account": {"homePage": HOME, "name": "abc"}},
    "verb": {"id": "http://adlnet.gov/expapi/verbs/passed", "display": {"en-GB": "passed"}},
    "object": {"objectType": "Activity", "id": f"{HOME}/training/a/"},
    "result": {"score": {"scaled": 0.9, "raw": 90, "min": 0, "max": 100}, "success": True},
    "timestamp": "2026-12-07T11:22:33.456Z",
}


@pytest.mark.parametrize(
    "breaking",
    [
        lambda s: s.update(id="not-a-uuid"),
        lambda s: s.update(id="0f8fad5b-d9cb-469f-c165-70867728950e"),  # not RFC 4122
        lambda s: s.pop("object"),
        lambda s: s["actor"].update(mbox="mailto:sam@example.org"),
        lambda s: s["actor"].update(name="Sam Patel"),
        lambda s: s["actor"].pop("account"),
        lambda s: s["verb"].update(id="passed"),
        lambda s: s["verb"].update(display={"English (UK)": "passed"}),
        lambda s: s["result"]["score"].update(scaled=1.5),
        lambda s: s["result"]["score"].update(raw=120),
        lambda s: s["result"]["score"].update(min=100),
        lambda s: s.update(timestamp="2026-12-07 11:22"),
        lambda s: s.update(timestamp="2026-12-07T11:22:33-00:00"),
        lambda s: s.update(learner="sam@example.org"),
    ],
)
def test_the_rules_catch_a_broken_statement(breaking):
    assert problems(GOOD) == []
    broken = json.loads(json.dumps(GOOD))
    breaking(broken)
    assert problems(broken)


def test_every_exported_statement_keeps_the_xapi_rules(settings, records):
    settings.XAPI_ACTOR_KEY = "a key kept for good"
    statements = export()

    assert [problems(s) for s in statements] == [[]] * 6  # Pat, Sam, Ffion; Ellie is erased
    actors = by_actor(statements)
    assert set(actors) == {
        pseudonym(records[name], "a key kept for good") for name in ("sam", "ffion", "pat")
    }
    sam = {s["verb"]["id"]: s for s in actors[pseudonym(records["sam"], "a key kept for good")]}
    assert set(sam) == {
        "http://adlnet.gov/expapi/verbs/passed",
        "http://adlnet.gov/expapi/verbs/completed",
    }
    passed = sam["http://adlnet.gov/expapi/verbs/passed"]
    assert passed["verb"]["display"] == {"en-GB": "passed"}
    assert passed["actor"]["account"]["homePage"] == HOME
    assert passed["object"]["id"] == f"{HOME}/training/{records['module'].slug}/"
    assert passed["object"]["definition"]["name"] == {"en-GB": records["module"].title}
    assert passed["context"]["language"] == "en-GB"
    assert passed["object"]["definition"]["type"] == "http://adlnet.gov/expapi/activities/module"
    assert passed["result"] == {
        "score": {"scaled": 0.9, "raw": 90, "min": 0, "max": 100},
        "success": True,
        "completion": True,
    }
    completed_at = records["sam"].completion.completed_at
    assert passed["timestamp"] == completed_at.astimezone(UTC).isoformat(
        timespec="milliseconds"
    ).replace("+00:00", "Z")

    ffion = actors[pseudonym(records["ffion"], "a key kept for good")][0]
    assert ffion["object"]["id"] == f"{HOME}/cy/training/{records['welsh'].slug}/"
    assert ffion["object"]["definition"]["name"] == {"cy": "Sylwi ar gamfanteisio"}

    text = json.dumps(statements)
    for name in ("sam", "ffion", "pat", "ellie"):
        assert f"{name}@example.org" not in text and name.title() not in text
    assert "mbox" not in text and "erased-" not in text


def test_ids_are_stable_and_the_key_decides_the_pseudonyms(settings, records):
    settings.XAPI_ACTOR_KEY = ""  # derived from SECRET_KEY
    first = export()
    assert [s["id"] for s in export()] == [s["id"] for s in first]
    assert len({s["id"] for s in first}) == 6
    assert pseudonym(records["sam"], settings.SECRET_KEY) in by_actor(first)
    with override_settings(XAPI_ACTOR_KEY="another council key"):
        again = export()
    assert not set(by_actor(first)) & set(by_actor(again))
    assert [s["id"] for s in again] == [s["id"] for s in first]


def test_since_leaves_out_earlier_completions(tmp_path, settings, records):
    settings.XAPI_ACTOR_KEY = "k"
    path = tmp_path / "statements.json"
    since = (timezone.localdate() - timedelta(days=10)).isoformat()
    err = io.StringIO()
    call_command("export_xapi", since=since, output=str(path), stderr=err)
    statements = json.loads(path.read_text(encoding="utf-8"))
    assert len(statements) == 4 and f"Wrote 4 statements to {path}." in err.getvalue()
    assert pseudonym(records["pat"], "k") not in by_actor(statements)
    assert pseudonym(records["sam"], "k") in by_actor(statements)


@pytest.mark.parametrize(
    ("options", "reason"),
    [
        ({"since": "30/09/2026"}, "--since must be a date like 2026-09-30, not '30/09/2026'."),
        ({"since": "2026-02-30"}, "--since must be a date like 2026-09-30, not '2026-02-30'."),
        ({"output": "/nonexistent/folder/x.json"}, "Cannot write /nonexistent/folder/x.json: "),
    ],
)
def test_bad_input_exits_non_zero_with_a_one_line_reason(records, options, reason):
    with pytest.raises(CommandError) as refused:
        call_command("export_xapi", stdout=io.StringIO(), **options)
    assert str(refused.value).startswith(reason) and "\n" not in str(refused.value)


def test_an_existing_folder_is_not_a_file_to_write(tmp_path, records):
    with pytest.raises(CommandError, match=r"^Cannot write .*: Is a directory\.$"):
        call_command("export_xapi", output=str(tmp_path), stdout=io.StringIO())


def downloaded(client, user):
    client.force_login(user)
    response = client.get(DOWNLOAD)
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="training-xapi.json"'
    return by_actor(json.loads(response.content))


def test_the_admin_download_holds_only_the_managers_departments(client, settings, records):
    settings.XAPI_ACTOR_KEY = "k"
    tara = training_manager("tara", "Licensing")
    client.force_login(tara)
    assert DOWNLOAD in client.get("/admin/training/report/").text
    assert set(downloaded(client, tara)) == {
        pseudonym(records["sam"], "k"),
        pseudonym(records["ffion"], "k"),
    }
    assert PersonalDataAccess.objects.filter(action="courses.xapi_exported").count() == 1

    olga = training_manager("olga", "Planning")
    assert set(downloaded(client, olga)) == {pseudonym(records["pat"], "k")}
    nobody = training_manager("nia", "Housing")  # manages a department with nobody trained
    assert downloaded(client, nobody) == {}


def test_a_superuser_downloads_everyone_and_a_volunteer_is_refused(
    client, settings, records, django_user_model
):
    settings.XAPI_ACTOR_KEY = "k"
    root = django_user_model.objects.create_superuser("root", "root@x.org", "x" * 14)
    assert len(downloaded(client, root)) == 3

    volunteer = django_user_model.objects.create_user("vera", "v@example.org", "x" * 14)
    volunteer.groups.add(Group.objects.get(name=roles.VOLUNTEERS))
    client.force_login(volunteer)
    response = client.get(DOWNLOAD)
    assert response.status_code == 302 and response["Location"] == "/admin/"
    sam = records["sam"]
    client.force_login(sam)  # a learner: the admin asks them to sign in
    assert "/admin/login/" in client.get(DOWNLOAD)["Location"]
