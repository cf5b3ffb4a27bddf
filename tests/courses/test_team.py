"""A line manager's team page (/training/team/): the people who report to them and where each
is with their training (overdue in words), with a reminder a click away. Only their own team:
another manager sees theirs, and cannot see or remind anyone else's."""

from datetime import timedelta

import pytest

from django.core import mail
from django.utils import timezone

from courses.models import Assignment, Completion, LearnerProfile, TrainingReminder
from tests.courses.factories import learner

pytestmark = pytest.mark.django_db


@pytest.fixture
def teams(module):
    """Bea manages Sam (overdue) and Ann (completed); Kim manages Hal."""
    bea = learner("bea", first_name="Bea", last_name="Jones")
    kim = learner("kim", first_name="Kim", last_name="Lee")
    sam = learner("sam", first_name="Sam", last_name="Patel")
    ann = learner("ann", first_name="Ann", last_name="Roberts")
    hal = learner("hal", first_name="Hal", last_name="Evans")
    for person, manager in ((sam, bea), (ann, bea), (hal, kim)):
        LearnerProfile.objects.filter(user=person).update(manager=manager)
    today = timezone.localdate()
    for person in (sam, ann, hal):
        Assignment.objects.create(module=module, learner=person, due_on=today - timedelta(days=2))
    Completion.objects.create(
        learner=ann, module=module, score=100, valid_until=today + timedelta(days=300)
    )
    return {"bea": bea, "kim": kim, "sam": sam, "ann": ann, "hal": hal}


def test_a_line_manager_sees_their_team_and_nobody_else(client, teams, module):
    client.force_login(teams["bea"])
    assert "/training/team/" in client.get("/training/my/").text  # the way there

    page = client.get("/training/team/")
    assert page.status_code == 200 and page["Cache-Control"] == "private, no-store"
    text = page.text
    assert "Sam Patel" in text and "Ann Roberts" in text and "Hal Evans" not in text
    assert "Overdue: was due" in text  # Sam, in words
    assert "Completed" in text  # Ann
    assert text.count('name="person"') == 1  # a reminder for Sam only: Ann is done

    client.force_login(teams["kim"])
    other = client.get("/training/team/").text
    assert "Hal Evans" in other and "Sam Patel" not in other and "Ann Roberts" not in other


def test_someone_without_a_team_is_told_so_and_strangers_sign_in_first(client, teams):
    client.force_login(teams["sam"])
    assert "Nobody's training record names you as their line manager" in (
        client.get("/training/team/").text
    )
    assert "/training/team/" not in client.get("/training/my/").text
    client.logout()
    assert "/accounts/login/" in client.get("/training/team/")["Location"]


def test_one_click_reminds_a_team_member_once_a_day(client, teams, module):
    client.force_login(teams["bea"])
    sent = client.post("/training/team/", {"person": teams["sam"].pk, "module": module.pk})
    assert sent.status_code == 302
    assert "Reminder sent." in client.get(sent["Location"]).text

    (message,) = mail.outbox
    assert message.to == ["sam@example.org"]
    assert "Bea Jones, your line manager, has asked us to remind you" in message.body
    assert module.title in message.subject and "It was due on" in message.body
    assert module.url in message.body
    reminder = TrainingReminder.objects.get(recipient=teams["sam"])
    assert reminder.kind == TrainingReminder.Kind.FROM_MANAGER

    again = client.post("/training/team/", {"person": teams["sam"].pk, "module": module.pk})
    assert "already been reminded" in client.get(again["Location"]).text
    assert len(mail.outbox) == 1


def test_nobody_can_remind_someone_outside_their_team(client, teams, module):
    client.force_login(teams["kim"])  # Hal's manager, not Sam's
    for data in (
        {"person": teams["sam"].pk, "module": module.pk},
        {"person": teams["hal"].pk, "module": 999999},
        {"person": "x", "module": module.pk},
        {},
    ):
        assert client.post("/training/team/", data).status_code == 404, data
    client.force_login(teams["bea"])  # Ann has completed it: nothing to remind her of
    response = client.post("/training/team/", {"person": teams["ann"].pk, "module": module.pk})
    assert response.status_code == 404
    assert not mail.outbox and not TrainingReminder.objects.exists()
