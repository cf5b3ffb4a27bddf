"""Importing staff from the admin: the CSV template, a dry-run preview that saves nothing and
reports every line, then the import for real, which invites new people (who get in from the
emailed link). A training manager imports only into their own departments; bad files are
refused with a clear message; people without training access never reach the screen."""

import csv
import io

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile

from actsite import roles
from courses.models import Department, LearnerProfile
from tests.courses.factories import learner
from tests.courses.test_invitations import NEW_PASSWORD, link_in, set_password

pytestmark = pytest.mark.django_db

URL = "/admin/training/staff-import/"
HEADER = ["name", "email", "department", "workplace setting", "manager"]


def csv_file(rows, header=HEADER, name="staff.csv"):
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    return SimpleUploadedFile(name, out.getvalue().encode(), content_type="text/csv")


@pytest.fixture
def tara(client):
    """A training manager of Licensing; Housing is someone else's."""
    user = get_user_model().objects.create_user("tara", "tara@x.org", "x" * 14)
    user.groups.add(Group.objects.get(name=roles.TRAINING_MANAGERS))
    Department.objects.create(name="Licensing").training_managers.add(user)
    Department.objects.create(name="Housing")
    client.force_login(user)
    return user


def preview(client, rows, **extra):
    return client.post(URL, {"file": csv_file(rows), **extra})


def confirm(client, page):
    digest = page.context["digest"]
    return client.post(URL, {"confirm": digest})


def test_the_template_has_the_columns_the_import_expects(client, tara):
    response = client.get("/admin/training/staff-import/template.csv")
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    header, example = list(csv.reader(io.StringIO(response.content.decode())))
    assert header == [*HEADER, "language"]
    assert example[2] == "Licensing"  # one of their departments
    assert client.get(URL).status_code == 200
    assert 'href="/admin/training/staff-import/template.csv"' in client.get(URL).text


def test_the_preview_saves_nothing_and_reports_each_line(client, tara):
    rows = [
        ["Amira Haddad", "amira@example.org", "Licensing", "Restaurants", ""],
        ["Bad Email", "not-an-email", "Licensing", "Restaurants", ""],
        ["Two Columns", "two@example.org"],
    ]
    page = preview(client, rows)
    assert page.status_code == 200
    text = page.text
    assert "Dry run: nothing has been saved yet" in text
    assert "would create 1, update 0" in text and "2 lines would be refused" in text
    assert "&#x27;not-an-email&#x27; is not an email address" in text
    assert "the row has 2 values but the header has 5 columns" in text
    assert not get_user_model().objects.filter(email="amira@example.org").exists()
    assert not mail.outbox


def test_confirming_imports_and_invites_and_the_learner_gets_in(client, tara):
    page = preview(client, [["Amira Haddad", "Amira@Example.org", "Licensing", "Restaurants", ""]])
    done = confirm(client, page)
    assert done.status_code == 200
    assert "Created 1, updated 0" in done.text and "Invited 1 new person" in done.text
    amira = get_user_model().objects.get(email="amira@example.org")
    assert amira.learner.department.name == "Licensing"
    (message,) = mail.outbox
    assert message.to == ["amira@example.org"]

    assert confirm(client, page).status_code == 302  # the preview is used up
    assert get_user_model().objects.filter(email="amira@example.org").count() == 1

    client.logout()
    assert "Password changed" in set_password(client, link_in(message)).text
    signed_in = client.post(
        "/accounts/login/",
        {"username": "amira@example.org", "password": NEW_PASSWORD},
        follow=True,
    )
    assert signed_in.redirect_chain[-1][0] == "/training/my/"


def test_a_training_manager_imports_only_into_their_departments(client, tara):
    harriet = learner("harriet", department="Housing", first_name="Harriet")
    rows = [
        ["Liam Lee", "liam@example.org", "Licensing", "Transport", ""],
        ["Hana Park", "hana@example.org", "Housing", "Transport", ""],
        ["No Department", "none@example.org", "", "Transport", ""],
        ["Harriet Moved", harriet.email, "Licensing", "Transport", ""],  # another's staff
        ["Made Up", "made@example.org", "Housng", "Transport", ""],
    ]
    page = preview(client, rows, create_departments="on")  # a forged tick is ignored
    assert "would create 1, update 0" in page.text and "4 lines would be refused" in page.text
    assert page.text.count("is not a department you manage") == 3
    assert "outside the departments you manage" in page.text
    assert "create_departments" not in client.get(URL).text  # not offered
    done = confirm(client, page)
    assert "Created 1, updated 0" in done.text
    assert set(LearnerProfile.objects.values_list("user__email", "department__name")) == {
        ("liam@example.org", "Licensing"),
        ("harriet@example.org", "Housing"),  # untouched
    }
    harriet.refresh_from_db()
    assert harriet.first_name == "Harriet"
    assert not Department.objects.filter(name="Housng").exists()
    assert [m.to for m in mail.outbox] == [["liam@example.org"]]


def test_superusers_import_into_any_department_and_may_create_them(admin_client):
    Department.objects.create(name="Housing")
    rows = [
        ["Hana Park", "hana@example.org", "Housing", "Transport", ""],
        ["New Dept", "new@example.org", "Parks", "Leisure", ""],
    ]
    page = admin_client.post(URL, {"file": csv_file(rows), "create_departments": "on"})
    assert "would create 2" in page.text and "It would create the departments: Parks" in page.text
    assert not Department.objects.filter(name="Parks").exists()
    done = confirm(admin_client, page)
    assert "Created 2" in done.text
    assert Department.objects.filter(name="Parks").exists()
    assert len(mail.outbox) == 2


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (SimpleUploadedFile("staff.csv", b""), "file is empty"),
        (SimpleUploadedFile("staff.csv", b"  \n"), "The file is empty."),
        (SimpleUploadedFile("staff.png", b"\x89PNG\r\n\x1a\n\x00\xff\xfe"), "not a CSV text file"),
        (
            SimpleUploadedFile("staff.csv", b"first name,surname\nAmira,Haddad\n"),
            "The header row lacks: name, email",
        ),
        (
            SimpleUploadedFile("staff.csv", b"name,email\n" + b"x" * (1024 * 1024)),
            "larger than 1 MB",
        ),
    ],
)
def test_bad_files_are_refused_with_a_clear_message(client, tara, upload, message):
    page = client.post(URL, {"file": upload, "create_departments": ""})
    assert page.status_code == 200
    assert message in page.text.replace("&#x27;", "'")
    assert 'type="file"' in page.text  # the form again
    assert not get_user_model().objects.filter(learner__isnull=False).exists()


def test_people_without_training_access_never_reach_the_screen(client):
    volunteer = get_user_model().objects.create_user("vi", "vi@x.org", "x" * 14)
    volunteer.groups.add(Group.objects.get(name=roles.VOLUNTEERS))
    client.force_login(volunteer)
    for url in (URL, "/admin/training/staff-import/template.csv"):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"] == "/admin/", url
    response = client.post(URL, {"file": csv_file([["Eve", "eve@example.org", "", "", ""]])})
    assert response.status_code == 302
    assert not get_user_model().objects.filter(email="eve@example.org").exists()
    assert "/admin/training/staff-import/" not in client.get("/admin/").text
