"""manage.py import_staff: good rows in, bad rows reported by line, re-runs change nothing."""

import csv
import io

import pytest

from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

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
    out, err = io.StringIO(), io.StringIO()
    call_command("import_staff", str(path), stdout=out, stderr=err, **options)
    return out.getvalue(), err.getvalue()


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

    out, err = run(path, progress=True)
    assert "created 4996, updated 0, unchanged 0; 4 rows with errors." in out
    assert "line 12: 'not-an-email' is not an email address" in err
    assert "line 22: 'Hospitals' is not a workplace setting" in err
    assert "line 32: the name is empty" in err
    assert "line 43: person41@leeds.example.org appears twice in the file" in err
    assert "4996/4996 people" in err  # the progress bar got to the end
    assert LearnerProfile.objects.count() == 4996
    assert Department.objects.count() == 7
    first = LearnerProfile.objects.get(user__email="person0@leeds.example.org")
    assert first.manager.email == "person1@leeds.example.org"
    assert not first.user.has_usable_password()

    out, _ = run(path)
    assert "created 0, updated 0, unchanged 4996" in out
    assert get_user_model().objects.count() == 4996


def test_reimporting_updates_people(tmp_path):
    run(write_csv(tmp_path, [["Sam Patel", "Sam@Example.org", "Licensing", "Leisure", ""]]))
    out, _ = run(write_csv(tmp_path, [["Sam Patel", "sam@example.org", "Planning", "", ""]]))
    assert "updated 1" in out
    profile = LearnerProfile.objects.get()
    assert (profile.department.name, profile.workplace_setting) == ("Planning", None)


def test_a_dry_run_saves_nothing(tmp_path):
    out, _ = run(write_csv(tmp_path, [["Sam Patel", "sam@example.org", "", "", ""]]), dry_run=True)
    assert "Dry run, nothing saved: would have created 1" in out
    assert not get_user_model().objects.exists()


def test_unreadable_files_stop_with_one_line(tmp_path):
    with pytest.raises(CommandError, match="No such file"):
        run(tmp_path / "missing.csv")
    with pytest.raises(CommandError, match="lacks: department, workplace setting, manager"):
        run(write_csv(tmp_path, [["Sam", "sam@example.org"]], header=["name", "email"]))
    latin = tmp_path / "latin.csv"
    latin.write_bytes("name,email\nJos\xe9,j@example.org\n".encode("latin-1"))
    with pytest.raises(CommandError, match="is not UTF-8"):
        run(latin)
