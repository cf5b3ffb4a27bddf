"""People's rights: export everything we hold about an email, erase it, and retention rules.

Each test builds two people and checks the other person's data is never shown or touched.
"""

import io
import json
from datetime import timedelta

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.utils import timezone

from actsite.models import PersonalDataRequest
from campaigns.events import bookings
from campaigns.models import Booking, PackRequest
from courses.models import Completion, LessonView, QuizAttempt
from tests.campaigns.factories import EventPageFactory
from tests.courses.factories import learner

pytestmark = pytest.mark.django_db

ASH = "ash@example.org"
BO = "bo@example.org"


def pack_request(email, **kwargs):
    return PackRequest.objects.create(
        venue_name="Central station",
        delivery_address="1 Station Road",
        postcode="AB1 2CD",
        contact_name=email.split("@")[0].title(),
        contact_email=email,
        contact_phone="01234 567890",
        **kwargs,
    )


def training_record(user, module):
    lesson = module.get_children().first().specific
    LessonView.objects.create(learner=user, lesson=lesson, module=module)
    QuizAttempt.objects.create(learner=user, module=module, score=90, passed=True, answers={})
    return Completion.objects.create(
        learner=user, module=module, score=90, valid_until=timezone.localdate() + timedelta(365)
    )


@pytest.fixture
def people(event_index, module):
    """Ash and Bo each hold a booking, a printed-pack request and a training record; the event
    is full, and Cat is waiting for a place."""
    event = EventPageFactory(parent=event_index, capacity=2, title="Station briefing")
    for email, name in ((ASH, "Ash"), (BO, "Bo")):
        bookings.book(event, name=name, email=email, places=1, access_requirements="Step-free")
        pack_request(email)
        training_record(learner(name.lower()), module)  # an account at the same address
    bookings.book(event, name="Cat", email="cat@example.org", places=1, waitlist=True)
    return event


def export(email, **kwargs):
    out = io.StringIO()
    call_command("export_personal_data", email, stdout=out, by="dpo", **kwargs)
    return json.loads(out.getvalue())


def test_export_holds_everything_about_the_person_and_nothing_about_others(people):
    held = export("  ASH@Example.org ")
    assert held["email"] == ASH
    [booking] = held["bookings"]
    assert (booking["name"], booking["access_requirements"]) == ("Ash", "Step-free")
    assert booking["event"] == "Station briefing"
    [request] = held["printed_pack_requests"]
    assert request["contact_phone"] == "01234 567890"
    [account] = held["staff_accounts"]
    assert account["username"] == "ash"
    assert len(account["completions"]) == len(account["quiz_attempts"]) == 1
    assert len(account["lessons_viewed"]) == 1
    assert "Bo" not in json.dumps(held) and BO not in json.dumps(held)


def test_export_is_recorded_without_the_persons_address(people):
    export(ASH)
    record = PersonalDataRequest.objects.get()
    assert (record.kind, record.handled_by) == ("export", "dpo")
    assert record.summary["bookings"] == 1
    assert ASH not in record.subject and len(record.subject) == 64


def test_export_to_a_file(people, tmp_path):
    target = tmp_path / "ash.json"
    call_command("export_personal_data", ASH, output=str(target), stderr=io.StringIO())
    assert json.loads(target.read_text())["bookings"][0]["name"] == "Ash"


@pytest.mark.parametrize("email", ["", "not-an-email", "a@b@c", "x" * 300 + "@example.org"])
def test_commands_refuse_what_is_not_an_email_address(email):
    for command, options in (("export_personal_data", {}), ("erase_personal_data", {"yes": 1})):
        with pytest.raises(CommandError, match="not an email address"):
            call_command(command, email, **options)
    assert not PersonalDataRequest.objects.exists()


def test_export_of_someone_we_know_nothing_about(db):
    held = export("nobody@example.org")
    assert held["bookings"] == held["printed_pack_requests"] == held["staff_accounts"] == []


def test_erasure_cancels_anonymises_and_gives_the_place_to_the_next_person(
    people, mailoutbox, django_capture_on_commit_callbacks
):
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("erase_personal_data", ASH, yes=True, by="dpo", stdout=io.StringIO())

    ash = Booking.objects.get(reference=Booking.objects.get(anonymised_at__isnull=False).reference)
    assert (ash.name, ash.email, ash.access_requirements) == ("", "", "")
    assert ash.status == Booking.Status.CANCELLED
    cat = Booking.objects.get(email="cat@example.org")
    assert cat.status == Booking.Status.CONFIRMED
    assert [m.to for m in mailoutbox] == [["cat@example.org"]]  # nothing more to Ash

    request = PackRequest.objects.get(contact_email="")
    assert ASH not in str(request.__dict__) and "01234" not in request.contact_phone
    assert request.venue_name == "Central station"  # the campaign's figures stay

    account = get_user_model().objects.get(completions__isnull=False, is_active=False)
    assert account.email == "" and account.username.startswith("erased-")
    assert not account.has_usable_password()
    assert Completion.objects.filter(learner=account).count() == 1  # the council's rule
    assert not QuizAttempt.objects.filter(learner=account).exists()

    # Bo is untouched.
    assert Booking.objects.get(email=BO).status == Booking.Status.CONFIRMED
    assert PackRequest.objects.filter(contact_email=BO).exists()
    assert get_user_model().objects.get(username="bo").is_active
    assert PersonalDataRequest.objects.get(kind="erase").summary["bookings_cancelled"] == 1


def test_erasure_can_delete_training_records_by_the_councils_rule(people, settings):
    settings.TRAINING_RECORDS_ON_ERASURE = "delete"
    call_command("erase_personal_data", ASH, yes=True, stdout=io.StringIO())
    assert not get_user_model().objects.filter(username="ash").exists()
    assert Completion.objects.count() == 1  # Bo's


def test_erasing_an_editor_is_refused_and_changes_nothing(people):
    Group.objects.get(name="Campaign volunteers").user_set.add(
        get_user_model().objects.get(username="ash")
    )
    with pytest.raises(CommandError, match="Nothing erased: ash can sign in to the admin"):
        call_command("erase_personal_data", ASH, yes=True)
    assert Booking.objects.get(email=ASH).status == Booking.Status.CONFIRMED
    assert PackRequest.objects.filter(contact_email=ASH).exists()
    assert not PersonalDataRequest.objects.exists()


def test_erasure_asks_first(people, monkeypatch):
    monkeypatch.setattr("builtins.input", lambda prompt: "no")
    with pytest.raises(CommandError, match="Nothing erased"):
        call_command("erase_personal_data", ASH)
    assert Booking.objects.filter(email=ASH).exists()


def test_erasing_someone_we_know_nothing_about_says_so(db):
    out = io.StringIO()
    call_command("erase_personal_data", "nobody@example.org", yes=True, stdout=out)
    assert "We hold nothing about nobody@example.org" in out.getvalue()


def test_retention_removes_only_what_is_past_its_time(people, settings):
    settings.PACK_REQUEST_RETENTION_DAYS = 365
    settings.LEARNER_ACCOUNT_RETENTION_DAYS = 730
    long_ago = timezone.now() - timedelta(days=800)
    old_sent = pack_request("old@example.org", status=PackRequest.Status.SENT)
    old_open = pack_request("open@example.org")
    PackRequest.objects.filter(pk__in=[old_sent.pk, old_open.pk]).update(updated_at=long_ago)
    User = get_user_model()
    User.objects.filter(username="ash").update(last_login=long_ago, date_joined=long_ago)
    User.objects.filter(username="bo").update(date_joined=long_ago, last_login=timezone.now())
    trainer = learner("tara", setting=None)
    User.objects.filter(pk=trainer.pk).update(date_joined=long_ago)
    Group.objects.get(name="Training managers").user_set.add(trainer)

    out = io.StringIO()
    call_command("apply_retention", stdout=out)

    assert PackRequest.objects.get(pk=old_sent.pk).contact_email == ""
    assert PackRequest.objects.get(pk=old_open.pk).contact_email == "open@example.org"
    assert PackRequest.objects.filter(contact_email=ASH).exists()  # recent
    assert not User.objects.get(pk=User.objects.get(email="", is_active=False).pk).is_active
    assert User.objects.get(username="bo").is_active
    assert User.objects.get(username="tara").is_active  # runs training: never erased here
    assert "Learner accounts erased: 1" in out.getvalue()
    assert (
        PersonalDataRequest.objects.get(kind="retention").summary["pack_requests_anonymised"] == 1
    )

    call_command("apply_retention", stdout=out)  # a second run changes nothing more
    assert PersonalDataRequest.objects.filter(kind="retention").first().summary == {
        "bookings_anonymised": 0,
        "pack_requests_anonymised": 0,
        "learner_accounts_erased": 0,
    }


def test_superusers_read_the_log_and_nobody_else_can(client, admin_client, people):
    export(ASH)
    page = admin_client.get("/admin/reports/personal-data/").content.decode()
    assert "Export" in page and "dpo" in page and "bookings: 1" in page
    assert ASH not in page
    coordinator = get_user_model().objects.create_user("colin", "c@example.org", "x" * 14)
    Group.objects.get(name="Campaign coordinators").user_set.add(coordinator)
    client.force_login(coordinator)
    response = client.get("/admin/reports/personal-data/")
    assert response.status_code in (302, 403) and b"dpo" not in response.content
