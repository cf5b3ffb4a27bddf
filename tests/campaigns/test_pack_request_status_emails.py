"""The venue that asked for a printed pack hears at every step, in the language it asked in:
on receipt, when approved, when posted (with the date) and when declined (with the reason)."""

import re

import pytest

from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from campaigns.models import PackRequest, PackRequestEmail
from tests.campaigns.factories import ResourcePageFactory
from tests.campaigns.test_pack_requests import form_data
from tests.core.factories import HelplineFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def helpline():
    return HelplineFactory(name="Modern Slavery Helpline", number="08000 121 700")


@pytest.fixture
def poster(resource_index):
    return ResourcePageFactory(parent=resource_index, title="Station poster", languages=["pl"])


@pytest.fixture
def coordinator_client(client, django_user_model):
    user = django_user_model.objects.create_user("coord", "coordinator@example.org", "x" * 14)
    user.groups.add(Group.objects.get(name="Campaign coordinators"))
    client.force_login(user)
    return client


def to_venue():
    return [m for m in mail.outbox if m.to == ["sam@example.org"]]


def move(coordinator_client, pack_request, status, reason="", capture=None):
    url = f"/admin/pack_requests/edit/{pack_request.pk}/"
    with capture(execute=True):
        response = coordinator_client.post(
            url, {"status": status, "decline_reason": reason, "sent_on": ""}
        )
    assert response.status_code == 302, response.content.decode()[:2000]


def test_a_polish_venue_hears_at_every_step_in_polish(
    client, coordinator_client, poster, django_capture_on_commit_callbacks
):
    visitor = client.__class__()
    with django_capture_on_commit_callbacks(execute=True):
        response = visitor.post("/pl/printed-packs/", form_data(poster))
    assert response.status_code == 302
    pack_request = PackRequest.objects.get()
    assert pack_request.language == "pl"
    (received,) = to_venue()
    assert received.subject == "Otrzymaliśmy Twoją prośbę o wydrukowane plakaty"
    assert "Dziękujemy za prośbę o wydrukowane plakaty i ulotki dla: Central station" in (
        received.body
    )
    assert "20 × Station poster" in received.body and "08000 121 700" in received.body

    move(coordinator_client, pack_request, "approved", capture=django_capture_on_commit_callbacks)
    approved = to_venue()[-1]
    assert approved.subject == "Twój pakiet wydruków został zatwierdzony"

    move(coordinator_client, pack_request, "sent", capture=django_capture_on_commit_callbacks)
    sent = to_venue()[-1]
    assert sent.subject == "Twój pakiet wydruków jest w drodze"
    today = timezone.localdate()
    pack_request.refresh_from_db()
    assert pack_request.sent_on == today
    # The date, in Polish: "... został wysłany poniedziałek 7 grudnia 2026."
    assert re.search(rf"został wysłany \w+ {today.day} \w+ {today.year}\.", sent.body), sent.body
    assert len(to_venue()) == 3
    assert PackRequestEmail.objects.filter(sent_at__isnull=True).count() == 0


def test_a_declined_venue_is_told_why_in_english_when_it_asked_in_english(
    client, coordinator_client, poster, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.__class__().post("/printed-packs/", form_data(poster))
    pack_request = PackRequest.objects.get()
    move(
        coordinator_client,
        pack_request,
        "declined",
        reason="We have run out of Polish posters this month.",
        capture=django_capture_on_commit_callbacks,
    )
    declined = to_venue()[-1]
    assert declined.subject == "About your request for printed posters"
    assert "The reason: We have run out of Polish posters this month." in declined.body
    assert "You can still download and print every poster" in declined.body


def test_with_the_relay_down_a_status_change_is_kept_and_the_venue_told_later(
    client, coordinator_client, poster, settings, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.__class__().post("/printed-packs/", form_data(poster))
    pack_request = PackRequest.objects.get()
    settings.EMAIL_BACKEND = "tests.campaigns.failing_mail.FailingBackend"
    move(coordinator_client, pack_request, "approved", capture=django_capture_on_commit_callbacks)
    pack_request.refresh_from_db()
    assert pack_request.status == PackRequest.Status.APPROVED  # the change never waits on mail
    waiting = PackRequestEmail.objects.get(kind="approved")
    assert waiting.sent_at is None and waiting.last_error == "ConnectionRefusedError"
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    PackRequestEmail.objects.update(claimed_until=timezone.now())
    call_command("send_emails")
    assert to_venue()[-1].subject == "Your printed pack is approved"
