"""manage.py import_staff: good rows in, bad rows refused by line (and the exit says so),
departments only with --create-departments, English settings only, new people invited."""

import csv
import io

import pytest

from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import CommandError, call_command

from wagtail.models import Locale

from actsite.models import WorkplaceSetting
from courses.models import Department, LearnerProfile

pytestmark = pytest.mark.django_db

HEADER = ["name", "email", "department", "workplace setting", "manager"]


def write_csv(tmp_path, rows, header=HEADER):
    path = tmp_path / "staff.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def run(path, **options):
    """(stdout, stderr, the one-line reason it exited non-zero or None)."""
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import_staff", str(path), stdout=out, stderr=err, **options)
    except CommandError as error:
        return out.getvalue(), err.getvalue(), str(error)
    return out.getvalue(), err.getvalue(), None


def test_five_thousand_rows_with_a_few_bad_ones(tmp_path):
    rows = [
        [f"Person {n}", f"person{n}@leeds.example.org", f"Dept {n % 7}", "Transport", ""]
        for n in range(5000)
    ]
    rows[0][4] = "person1@leeds.example.org"  # a manager later in the file
    rows[10][1] = "not-an-email"
    rows[20][3] = "Hospitals"
    rows[30][0] = ""
    rows[40][1] = rows[41][1]  # the same person twice
    path = write_csv(tmp_path, rows)

    out, err, failed = run(path, progress=True, create_departments=True, no_invite=True)
    assert "created 4996, updated 0, unchanged 0; 4 rows with errors." in out
    assert failed == "4 rows were refused (see above); fix and re-run."
    assert "line 12: 'not-an-email' is not an email address" in err
    assert "line 22: 'Hospitals' is not a workplace setting" in err
    assert "line 32: the name is empty" in err
    assert "line 43: person41@leeds.example.org appears twice in the file" in err
    assert "4996/4996 people" in err  # the progress bar got to the end
    assert "Created departments: Dept 0, Dept 1, Dept 2, Dept 3, Dept 4, Dept 5, Dept 6." in out
    assert LearnerProfile.objects.count() == 4996
    assert Department.objects.count() == 7
    first = LearnerProfile.objects.get(user__email="person0@leeds.example.org")
    assert first.manager.email == "person1@leeds.example.org"
    assert not first.user.has_usable_password()
    assert not mail.outbox  # --no-invite

    out, _, _ = run(path, no_invite=True)
    assert "created 0, updated 0, unchanged 4996" in out
    assert get_user_model().objects.count() == 4996


def test_a_clean_file_exits_zero_and_invites_each_new_person_once(tmp_path):
    Department.objects.create(name="Licensing")
    path = write_csv(
        tmp_path,
        [
            ["Sam Patel", "sam@example.org", "licensing", "leisure", ""],
            ["Ana Pop", "ana@example.org", "Licensing", "Restaurants", "sam@example.org"],
        ],
    )
    out, err, failed = run(path)
    assert failed is None and err == ""
    assert "created 2, updated 0, unchanged 0; 0 rows with errors." in out
    assert "Invited 2 new people." in out
    assert sorted(message.to[0] for message in mail.outbox) == [
        "ana@example.org",
        "sam@example.org",
    ]
    assert Department.objects.count() == 1  # "licensing" is Licensing, not a new department
    assert LearnerProfile.objects.exclude(invited_at=None).count() == 2

    out, _, failed = run(path)  # again: nobody new, nobody emailed again
    assert failed is None and "unchanged 2" in out and "Invited 0 new people." in out
    assert len(mail.outbox) == 2


def test_unknown_departments_are_refused_unless_created_on_purpose(tmp_path):
    Department.objects.create(name="Housing")
    path = write_csv(
        tmp_path,
        [
            ["Sam Patel", "sam@example.org", "Housng", "", ""],
            ["Ana Pop", "ana@example.org", "Housing", "", ""],
        ],
    )
    out, err, failed = run(path)
    assert "line 2: 'Housng' is not a department" in err and "--create-departments" in err
    assert "created 1, updated 0, unchanged 0; 1 rows with errors." in out
    assert failed.startswith("1 rows were refused")
    assert list(Department.objects.values_list("name", flat=True)) == ["Housing"]
    assert not get_user_model().objects.filter(email="sam@example.org").exists()

    out, err, failed = run(path, create_departments=True, dry_run=True)
    assert failed is None
    assert "Would create departments: Housng." in out and "would have created 1" in out
    assert "Would invite 1 new people." in out
    assert Department.objects.count() == 1 and len(mail.outbox) == 1

    out, _, failed = run(path, create_departments=True)
    assert failed is None and "Created departments: Housng." in out
    assert sorted(Department.objects.values_list("name", flat=True)) == ["Housing", "Housng"]


@pytest.mark.parametrize(
    "row",
    [
        ["Sam Patel", "sam@example.org"],
        ["Sam Patel", "sam@example.org", "", "", "", "surplus"],
    ],
    ids=["missing columns", "extra columns"],
)
def test_rows_with_missing_or_extra_values_are_refused(tmp_path, row):
    out, err, failed = run(write_csv(tmp_path, [row]))
    assert f"line 2: the row has {len(row)} values but the header has 5 columns" in err
    assert "created 0" in out and failed
    assert not get_user_model().objects.exists() and not mail.outbox


def test_an_unknown_manager_is_an_error_and_nothing_is_counted_or_saved(tmp_path):
    path = write_csv(
        tmp_path,
        [
            ["Sam Patel", "sam@example.org", "", "", "nobody@example.org"],
            # managed by Sam, whose row failed: refused too
            ["Ana Pop", "ana@example.org", "", "", "sam@example.org"],
            ["Bo Li", "bo@example.org", "", "", ""],
        ],
    )
    out, err, failed = run(path)
    assert "line 2: the manager nobody@example.org is not known" in err
    assert "line 3: the manager sam@example.org is not known" in err
    assert "created 1, updated 0, unchanged 0; 2 rows with errors." in out
    assert failed
    assert list(get_user_model().objects.values_list("email", flat=True)) == ["bo@example.org"]
    assert [message.to for message in mail.outbox] == [["bo@example.org"]]


def test_settings_match_the_english_name_or_slug_never_a_translation(tmp_path):
    transport = WorkplaceSetting.objects.get(slug="transport", locale=Locale.get_default())
    polish = transport.copy_for_translation(Locale.objects.get(language_code="pl"))
    polish.save()  # Polish for Transport is "Transport" too
    leisure = WorkplaceSetting.objects.get(slug="leisure", locale=Locale.get_default())
    polish_leisure = leisure.copy_for_translation(Locale.objects.get(language_code="pl"))
    polish_leisure.name = "Rekreacja"
    polish_leisure.save()
    path = write_csv(
        tmp_path,
        [
            ["Sam Patel", "sam@example.org", "", "Transport", ""],
            ["Ana Pop", "ana@example.org", "", "leisure", ""],
            ["Bo Li", "bo@example.org", "", "Rekreacja", ""],
        ],
    )
    out, err, failed = run(path, no_invite=True)
    assert "line 4: 'Rekreacja' is not a workplace setting" in err and failed
    by_email = {
        p.user.email: p.workplace_setting for p in LearnerProfile.objects.select_related("user")
    }
    assert by_email == {"sam@example.org": transport, "ana@example.org": leisure}


def test_reimporting_updates_people(tmp_path):
    for name in ("Licensing", "Planning"):
        Department.objects.create(name=name)
    run(write_csv(tmp_path, [["Sam Patel", "Sam@Example.org", "Licensing", "Leisure", ""]]))
    out, _, failed = run(
        write_csv(tmp_path, [["Sam Patel", "sam@example.org", "Planning", "", ""]])
    )
    assert "updated 1" in out and failed is None
    profile = LearnerProfile.objects.get()
    assert (profile.department.name, profile.workplace_setting) == ("Planning", None)


def test_a_dry_run_saves_nothing_and_emails_nobody(tmp_path):
    out, _, failed = run(
        write_csv(tmp_path, [["Sam Patel", "sam@example.org", "", "", ""]]), dry_run=True
    )
    assert "Dry run, nothing saved: would have created 1" in out and failed is None
    assert not get_user_model().objects.exists() and not mail.outbox


def test_a_language_column_is_optional_and_checked(tmp_path):
    path = write_csv(
        tmp_path,
        [
            ["Sam Patel", "sam@example.org", "", "", "", "cy"],
            ["Ana Pop", "ana@example.org", "", "", "", "xx"],
            ["Bo Li", "bo@example.org", "", "", "", ""],
        ],
        header=[*HEADER, "language"],
    )
    out, err, failed = run(path, no_invite=True)
    assert "line 3: 'xx' is not one of the site's languages" in err and failed
    languages = dict(LearnerProfile.objects.values_list("user__email", "language"))
    assert languages == {"sam@example.org": "cy", "bo@example.org": ""}


def test_unreadable_files_stop_with_one_line(tmp_path):
    with pytest.raises(CommandError, match="No such file"):
        call_command("import_staff", str(tmp_path / "missing.csv"))
    with pytest.raises(CommandError, match="lacks: department, workplace setting, manager"):
        call_command(
            "import_staff",
            str(write_csv(tmp_path, [["Sam", "sam@example.org"]], header=["name", "email"])),
        )
    latin = tmp_path / "latin.csv"
    latin.write_bytes("name,email\nJos\xe9,j@example.org\n".encode("latin-1"))
    with pytest.raises(CommandError, match="is not UTF-8"):
        call_command("import_staff", str(latin))
