"""Venues ask for printed packs; coordinators are emailed and move requests through statuses."""

import pytest

from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from actsite.models import PersonalDataAccess
from campaigns.models import PackRequest, PackRequestEmail
from campaigns.packs.services import TransitionError, change_status
from tests.campaigns.factories import ResourcePageFactory

pytestmark = pytest.mark.django_db

URL = "/printed-packs/"


@pytest.fixture
def poster(resource_index):
    return ResourcePageFactory(
        parent=resource_index, title="Station poster", languages=["en", "pl"]
    )


@pytest.fixture
def coordinator(django_user_model):
    user = django_user_model.objects.create_user("coord", "coordinator@example.org", "x" * 14)
    user.groups.add(Group.objects.get_or_create(name="Campaign coordinators")[0])
    return user


def form_data(poster, **overrides):
    data = {
        "form-TOTAL_FORMS": "3",
        "form-INITIAL_FORMS": "0",
        "form-MIN_NUM_FORMS": "0",
        "form-MAX_NUM_FORMS": "10",
        "form-0-resource": str(poster.pk),
        "form-0-language": "pl",
        "form-0-quantity": "20",
        "venue_name": "Central station",
        "delivery_address": "Station Approach",
        "postcode": "LS1 4DY",
        "contact_name": "Sam Patel",
        "contact_email": "sam@example.org",
        "website": "",
    }
    data.update(overrides)
    return data


def test_request_is_stored_and_coordinators_are_emailed(
    client, poster, coordinator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, form_data(poster))
    assert response.status_code == 302
    assert response["Location"] == "/printed-packs/thanks/"
    request = PackRequest.objects.get()
    assert request.status == PackRequest.Status.REQUESTED
    assert [(i.resource, i.language, i.quantity) for i in request.items.all()] == [
        (poster, "pl", 20)
    ]
    assert len(mail.outbox) == 2  # the coordinators', and the venue's acknowledgement
    message = next(m for m in mail.outbox if m.to == ["coordinator@example.org"])
    assert "Central station" in message.subject
    assert "20 × Station poster (Polish)" in message.body
    assert f"/admin/pack_requests/edit/{request.pk}/" in message.body
    assert "sam@example.org" not in message.body  # contact details stay in the admin


def test_form_offers_the_resource_it_was_opened_from(client, poster):
    response = client.get(URL, {"resource": poster.pk})
    assert response.status_code == 200
    assert f'<option value="{poster.pk}" selected>' in response.content.decode()


def test_invalid_input_re_renders_with_errors_and_keeps_what_was_typed(client, poster):
    response = client.post(
        URL, form_data(poster, contact_email="not-an-email", **{"form-0-quantity": "0"})
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "There is a problem" in html
    assert "Enter a valid email address." in html
    assert "Ensure this value is greater than or equal to 1." in html
    assert 'value="Central station"' in html
    assert 'value="LS1 4DY"' in html
    assert not PackRequest.objects.exists()


def test_a_language_the_resource_is_not_in_is_refused(client, poster):
    response = client.post(URL, form_data(poster, **{"form-0-language": "ro"}))
    assert response.status_code == 400
    assert "Station poster is not available in this language" in response.content.decode()


def test_an_empty_order_is_refused(client, poster):
    response = client.post(
        URL,
        form_data(poster, **{"form-0-resource": "", "form-0-language": "", "form-0-quantity": ""}),
    )
    assert response.status_code == 400
    assert "Choose at least one poster or flyer" in response.content.decode()


def test_honeypot_submissions_are_dropped_quietly(
    client, poster, coordinator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, form_data(poster, website="http://spam.example"))
    assert response.status_code == 302
    assert not PackRequest.objects.exists()
    assert not mail.outbox


def test_rate_limit_gives_a_clear_message_and_keeps_the_form(client, poster):
    for _ in range(5):
        assert client.post(URL, form_data(poster)).status_code == 302
    response = client.post(URL, form_data(poster))
    assert response.status_code == 429
    assert "several requests from your connection" in response.content.decode()
    assert 'value="Central station"' in response.content.decode()
    assert PackRequest.objects.count() == 5


def make_request():
    return PackRequest.objects.create(
        venue_name="V",
        delivery_address="A",
        postcode="P",
        contact_name="N",
        contact_email="e@x.org",
    )


def test_the_workflow_moves_forward_only():
    request = make_request()
    change_status(request, "approved")
    change_status(request, "sent")
    with pytest.raises(TransitionError, match="cannot be marked requested"):
        change_status(request, "requested")


def test_declining_needs_a_reason():
    request = make_request()
    with pytest.raises(TransitionError, match="Give a reason"):
        change_status(request, "declined", "  ")
    change_status(request, "declined", "We have run out of Polish posters.")
    request.refresh_from_db()
    assert request.status == "declined"


def test_coordinator_moves_a_request_through_its_statuses_in_the_admin(
    admin_client, poster, client
):
    client.post(URL, form_data(poster))
    request = PackRequest.objects.get()
    edit_url = f"/admin/pack_requests/edit/{request.pk}/"

    listing = admin_client.get("/admin/pack_requests/")
    assert "Central station" in listing.content.decode()
    page = admin_client.get(edit_url).content.decode()
    assert "20 × Station poster (Polish)" in page

    assert (
        admin_client.post(edit_url, {"status": "approved", "decline_reason": ""}).status_code == 302
    )
    response = admin_client.post(edit_url, {"status": "requested", "decline_reason": ""})
    assert "cannot be marked requested" in response.content.decode()
    admin_client.post(edit_url, {"status": "sent", "decline_reason": ""})
    request.refresh_from_db()
    assert request.status == "sent"
    assert request.venue_name == "Central station"  # read-only fields untouched


def test_declining_in_the_admin_without_a_reason_is_refused(admin_client, poster, client):
    client.post(URL, form_data(poster))
    request = PackRequest.objects.get()
    response = admin_client.post(
        f"/admin/pack_requests/edit/{request.pk}/", {"status": "declined", "decline_reason": ""}
    )
    assert "Give a reason for declining" in response.content.decode()
    request.refresh_from_db()
    assert request.status == "requested"


def test_nobody_adds_requests_in_the_admin(admin_client):
    assert admin_client.get("/admin/pack_requests/new/").status_code in (302, 403)


def test_opening_a_request_is_recorded_in_the_audit_trail(admin_client, admin_user):
    request = make_request()
    admin_client.get(f"/admin/pack_requests/edit/{request.pk}/")
    admin_client.get(f"/admin/pack_requests/inspect/{request.pk}/")
    entries = PersonalDataAccess.objects.filter(action="campaigns.pack_request_viewed")
    assert entries.count() == 2
    assert {entry.user_id for entry in entries} == {admin_user.pk}
    assert "e@x.org" not in str(list(entries.values()))


def test_a_forged_thousand_row_formset_builds_no_more_than_ten_rows(client, poster):
    """A POST claiming 1,000 rows is answered quickly with a clear error, not 1,000 forms."""
    data = form_data(poster, **{"form-TOTAL_FORMS": "1000"})
    response = client.post(URL, data)
    assert response.status_code == 400
    page = response.content.decode()
    assert page.count('name="form-') < 100  # 10 rows of 3 fields, plus the management form
    assert "Please submit at most 10 forms." in page or "at most 10" in page
    assert "Central station" in page  # what was typed is kept
    assert not PackRequest.objects.exists()


def test_over_the_rate_limit_a_forged_formset_is_refused_cheaply_keeping_what_was_typed(
    client, poster
):
    for _ in range(5):
        client.post(URL, form_data(poster))
    response = client.post(URL, form_data(poster, **{"form-TOTAL_FORMS": "1000"}))
    assert response.status_code == 429
    page = response.content.decode()
    assert "several requests from your connection" in page
    assert "Central station" in page and page.count('name="form-') < 100
    assert PackRequest.objects.count() == 5


def test_corrected_mistakes_do_not_use_up_the_limit(client, poster):
    for _ in range(8):
        assert client.post(URL, form_data(poster, contact_email="bad")).status_code == 400
    assert client.post(URL, form_data(poster)).status_code == 302


def test_an_oversize_public_post_is_refused_before_it_is_read(client, poster):
    response = client.post(URL, form_data(poster, notes="x" * 70_000))
    assert response.status_code == 413
    assert "too long to send" in response.text and "shorten the longest box" in response.text
    assert not PackRequest.objects.exists()
    polish = client.post("/pl/printed-packs/", form_data(poster, notes="x" * 70_000))
    assert polish.status_code == 413 and "To było za długie" in polish.text


def test_a_huge_number_for_a_poster_is_a_form_error_not_a_crash(client, poster):
    response = client.post(URL, form_data(poster, **{"form-0-resource": "9" * 30}))
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()


def test_with_the_mail_relay_down_the_request_is_kept_and_the_email_goes_later(
    client, poster, coordinator, settings, django_capture_on_commit_callbacks
):

    settings.EMAIL_BACKEND = "tests.campaigns.failing_mail.FailingBackend"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, form_data(poster))
    assert response.status_code == 302 and PackRequest.objects.count() == 1
    errors = PackRequestEmail.objects.values_list("last_error", flat=True)
    assert list(errors) == ["ConnectionRefusedError"] * 2
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    PackRequestEmail.objects.update(claimed_until=timezone.now())  # the retry is due
    call_command("send_emails")
    assert sorted(m.to[0] for m in mail.outbox) == ["coordinator@example.org", "sam@example.org"]


def test_a_venue_name_with_a_newline_is_stored_and_emailed_on_one_line(
    client, poster, coordinator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, form_data(poster, venue_name="Central\nBcc: x@evil.example"))
    assert response.status_code == 302
    assert PackRequest.objects.get().venue_name == "Central Bcc: x@evil.example"  # one line
    message = next(m for m in mail.outbox if m.to == ["coordinator@example.org"])
    assert message.subject == "Printed pack request from Central Bcc: x@evil.example"
    assert message.to == ["coordinator@example.org"] and not message.bcc
