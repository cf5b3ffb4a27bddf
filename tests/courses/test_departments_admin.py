"""Departments in the admin (name, training managers, members): superusers and site
administrators see them all; a training manager sees and edits only the departments they
manage, and every door to another department is closed; anyone else is refused."""

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

from actsite import roles
from courses.models import Department
from tests.courses.factories import learner

pytestmark = pytest.mark.django_db


def member_of(group, username, **kwargs):
    user = get_user_model().objects.create_user(username, f"{username}@x.org", "x" * 14, **kwargs)
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def departments():
    """Licensing (tara manages it, with Liam and Lola) and Housing (uma, with Harriet)."""
    tara = member_of(roles.TRAINING_MANAGERS, "tara", first_name="Tara", last_name="Singh")
    uma = member_of(roles.TRAINING_MANAGERS, "uma", first_name="Uma", last_name="Reed")
    learner("liam", department="Licensing", first_name="Liam", last_name="Lee")
    learner("lola", department="Licensing", first_name="Lola", last_name="Lane")
    learner("harriet", department="Housing", first_name="Harriet", last_name="Hill")
    licensing, housing = (
        Department.objects.get(name="Licensing"),
        Department.objects.get(name="Housing"),
    )
    licensing.training_managers.add(tara)
    housing.training_managers.add(uma)
    return {"tara": tara, "uma": uma, "licensing": licensing, "housing": housing}


def urls(department):
    pk = department.pk
    return [
        f"/admin/departments/edit/{pk}/",
        f"/admin/departments/delete/{pk}/",
        f"/admin/departments/history/{pk}/",
        f"/admin/departments/history-results/{pk}/",
        f"/admin/departments/usage/{pk}/",
        f"/admin/departments/inspect/{pk}/",
    ]


def test_a_training_manager_lists_and_opens_only_their_department(client, departments):
    client.force_login(departments["tara"])
    listing = client.get("/admin/departments/")
    assert listing.status_code == 200
    assert "Licensing" in listing.text and "Tara Singh" in listing.text
    assert "Housing" not in listing.text and "Uma Reed" not in listing.text
    assert "Housing" not in client.get("/admin/departments/results/?q=Hous").text

    members = client.get(f"/admin/departments/inspect/{departments['licensing'].pk}/")
    assert members.status_code == 200
    assert "Members (2)" in members.text
    for person in get_user_model().objects.filter(username__in=["liam", "lola"]):
        assert f'href="/admin/training/learners/{person.pk}/"' in members.text
    assert client.get(f"/admin/departments/edit/{departments['licensing'].pk}/").status_code == 200


def test_every_door_to_another_department_is_closed(client, departments):
    client.force_login(departments["tara"])
    housing = departments["housing"]
    for url in urls(housing):
        response = client.get(url)
        assert response.status_code in (403, 404), (url, response.status_code)
        assert b"Harriet" not in response.content and b"Uma" not in response.content
    tara = departments["tara"]
    client.post(
        f"/admin/departments/edit/{housing.pk}/",
        {"name": "Taken over", "training_managers": [tara.pk]},
    )
    client.post(f"/admin/departments/delete/{housing.pk}/")
    housing.refresh_from_db()
    assert housing.name == "Housing"
    assert list(housing.training_managers.all()) == [departments["uma"]]
    # Nor may they add a department (and so appoint themselves to it).
    added = client.post("/admin/departments/new/", {"name": "New", "training_managers": [tara.pk]})
    assert added.status_code in (302, 403) and added.get("Location") in (None, "/admin/")
    assert not Department.objects.filter(name="New").exists()


def test_a_training_manager_edits_their_department_from_people_who_may_manage(client, departments):
    client.force_login(departments["tara"])
    licensing = departments["licensing"]
    form = client.get(f"/admin/departments/edit/{licensing.pk}/").context["form"]
    offered = {label for _pk, label in form.fields["training_managers"].choices}
    assert offered == {"Tara Singh (tara)", "Uma Reed (uma)"}  # not learners, not volunteers
    uma, liam = departments["uma"], get_user_model().objects.get(username="liam")
    refused = client.post(
        f"/admin/departments/edit/{licensing.pk}/",
        {"name": "Licensing", "training_managers": [departments["tara"].pk, liam.pk]},
    )
    assert refused.status_code == 200 and refused.context["form"].errors["training_managers"]
    saved = client.post(
        f"/admin/departments/edit/{licensing.pk}/",
        {"name": "Licensing and Permits", "training_managers": [departments["tara"].pk, uma.pk]},
    )
    assert saved.status_code == 302
    licensing.refresh_from_db()
    assert licensing.name == "Licensing and Permits"
    assert set(licensing.training_managers.all()) == {departments["tara"], uma}


def test_superusers_and_site_administrators_see_and_keep_every_department(
    client, admin_client, departments
):
    listing = admin_client.get("/admin/departments/").text
    assert "Licensing" in listing and "Housing" in listing
    created = admin_client.post(
        "/admin/departments/new/",
        {"name": "Leisure Services", "training_managers": [departments["uma"].pk]},
    )
    assert created.status_code == 302
    assert list(Department.objects.get(name="Leisure Services").training_managers.all()) == [
        departments["uma"]
    ]

    administrator = get_user_model().objects.create_user("ada", "ada@x.org", "x" * 14)
    administrator.groups.add(Group.objects.get(name=roles.TRAINING_MANAGERS))
    administrator.user_permissions.add(
        *Permission.objects.filter(
            content_type__app_label="courses",
            codename__in=["add_department", "delete_department"],
        )
    )
    client.force_login(administrator)
    listing = client.get("/admin/departments/").text
    assert "Licensing" in listing and "Housing" in listing
    members = client.get(f"/admin/departments/inspect/{departments['housing'].pk}/").text
    assert "Harriet Hill" in members  # listed, but the profile is for the department's managers
    assert "/admin/training/learners/" not in members
    client.post(f"/admin/departments/delete/{departments['housing'].pk}/")
    assert not Department.objects.filter(name="Housing").exists()
    harriet = get_user_model().objects.get(username="harriet")
    assert harriet.learner.department is None  # the person stays


def test_a_volunteer_or_a_learner_is_refused(client, departments):
    volunteer = member_of(roles.VOLUNTEERS, "vi")
    for person in (volunteer, get_user_model().objects.get(username="liam")):
        client.force_login(person)
        for url in [
            "/admin/departments/",
            "/admin/departments/new/",
            *urls(departments["licensing"]),
        ]:
            response = client.get(url)
            assert response.status_code in (302, 403, 404), (url, response.status_code)
            if response.status_code == 302:
                assert not response["Location"].startswith("/admin/departments/")
            assert b"Liam" not in response.content


def test_the_admin_menu_shows_departments_to_managers_only(client, departments):
    client.force_login(departments["tara"])
    assert "/admin/departments/" in client.get("/admin/").text
    client.force_login(member_of(roles.VOLUNTEERS, "vi"))
    assert "/admin/departments/" not in client.get("/admin/").text
