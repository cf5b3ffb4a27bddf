"""Getting in: an imported learner is emailed a single-use link, sets a password, signs in and
reaches My training; password reset reaches accounts without a usable password; invite_staff."""

import io
import re
from datetime import datetime, timedelta
from unittest import mock

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.core import mail
from django.core.management import CommandError, call_command
from django.utils import timezone, translation

from courses.models import LearnerProfile
from tests.courses.factories import learner
from tests.courses.test_import_staff import write_csv

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "a brand new long password"


def link_in(message):
    return re.search(r"https?://[^/\s]+(/accounts/reset/\S+)", message.body).group(1)


def set_password(client, link, password=NEW_PASSWORD):
    """Follow the emailed link as a browser would and choose a password."""
    page = client.get(link, follow=True)
    assert "Choose a new password" in page.text
    form_url = page.redirect_chain[-1][0]
    return client.post(
        form_url, {"new_password1": password, "new_password2": password}, follow=True
    )


def test_an_imported_learner_gets_in_from_the_invitation(client, tmp_path, training_index):
    path = write_csv(tmp_path, [["Amira Haddad", "Amira@Example.org", "", "Restaurants", ""]])
    call_command("import_staff", str(path), stdout=io.StringIO())

    (message,) = mail.outbox
    assert message.to == ["amira@example.org"]
    assert message.subject == "Your Act Against Trafficking training account"
    assert "Hello Amira Haddad" in message.body and "sign in as amira@example.org" in message.body
    link = link_in(message)

    done = set_password(client, link)
    assert "Password changed" in done.text
    signed_in = client.post(
        "/accounts/login/",
        {"username": "amira@example.org", "password": NEW_PASSWORD},
        follow=True,
    )
    assert signed_in.redirect_chain[-1][0] == "/training/my/"
    assert "Hello Amira Haddad" in signed_in.text

    client.logout()
    again = client.get(link, follow=True)  # the link worked once
    assert "This link has expired" in again.text


def test_the_link_expires(client):
    user = learner("amira", setting=None)
    user.set_unusable_password()
    user.save()
    call_command("invite_staff", user.email, stdout=io.StringIO())
    link = link_in(mail.outbox[0])
    later = datetime.now() + timedelta(days=4)  # PASSWORD_RESET_TIMEOUT is 3 days
    with mock.patch.object(PasswordResetTokenGenerator, "_now", return_value=later):
        page = client.get(link, follow=True)
    assert "This link has expired" in page.text


def test_the_invitation_is_in_the_learners_language_where_known(settings):
    welsh = learner("dafydd", setting=None)
    LearnerProfile.objects.filter(user=welsh).update(language="cy", invited_at=None)
    unknown = learner("ana", setting=None)
    LearnerProfile.objects.filter(user=unknown).update(language="xx")
    for user in (welsh, unknown):
        user.set_unusable_password()
        user.save()
    call_command("invite_staff", "--all-pending", stdout=io.StringIO())
    by_address = {message.to[0]: message for message in mail.outbox}
    with translation.override("cy"):
        welsh_subject = translation.gettext("Your Act Against Trafficking training account")
    assert welsh_subject != "Your Act Against Trafficking training account"
    assert by_address["dafydd@example.org"].subject == welsh_subject
    assert "Dewiswch eich cyfrinair yma:" in by_address["dafydd@example.org"].body
    assert by_address["ana@example.org"].subject == "Your Act Against Trafficking training account"
    assert translation.get_language() == settings.LANGUAGE_CODE  # nothing leaks


def test_password_reset_reaches_accounts_without_a_usable_password(client):
    user = learner("amira", setting=None)
    user.set_unusable_password()
    user.save()
    response = client.post("/accounts/password_reset/", {"email": "AMIRA@example.org"})
    assert response.status_code == 302
    (message,) = mail.outbox
    assert message.to == ["amira@example.org"]
    set_password(client, link_in(message))
    assert get_user_model().objects.get(pk=user.pk).check_password(NEW_PASSWORD)


def test_password_reset_skips_inactive_accounts_and_says_the_same(client):
    learner("gone", setting=None, is_active=False)
    response = client.post("/accounts/password_reset/", {"email": "gone@example.org"})
    assert response.status_code == 302 and not mail.outbox


def run_invite(*args):
    out = io.StringIO()
    call_command("invite_staff", *args, stdout=out)
    return out.getvalue()


def test_invite_staff_all_pending_resends_to_everyone_not_yet_in():
    never_signed_in = learner("new", setting=None)  # a password, never signed in
    no_password = learner("nopass", setting=None, last_login=timezone.now())
    no_password.set_unusable_password()
    no_password.save()
    learner("active", setting=None, last_login=timezone.now())
    learner("left", setting=None, is_active=False)
    get_user_model().objects.create_user("editor", "editor@example.org")  # not a learner
    nowhere = learner("noaddress", setting=None)
    get_user_model().objects.filter(pk=nowhere.pk).update(email="")  # nowhere to send it

    assert "Sent 2 invitations." in run_invite("--all-pending")
    assert sorted(m.to[0] for m in mail.outbox) == ["new@example.org", "nopass@example.org"]
    assert set(
        LearnerProfile.objects.exclude(invited_at=None).values_list("user__username", flat=True)
    ) == {never_signed_in.username, no_password.username}


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        ((), "Give one or more email addresses, or --all-pending (not both)."),
        (("new@example.org", "--all-pending"), "(not both)"),
        (("not-an-address",), "'not-an-address' is not an email address."),
        (("nobody@example.org",), "No learner has the address nobody@example.org."),
        (("active@example.org",), "has already set a password and signed in"),
        (("left@example.org",), "is inactive"),
    ],
)
def test_invite_staff_refuses_bad_input_with_one_line_and_sends_nothing(args, reason):
    learner("new", setting=None)
    learner("active", setting=None, last_login=timezone.now())
    learner("left", setting=None, is_active=False)
    with pytest.raises(CommandError) as error:
        run_invite(*args)
    assert reason in str(error.value) and "\n" not in str(error.value)
    assert not mail.outbox


def test_invite_staff_reports_a_mail_server_failure_and_keeps_the_learner_pending():
    learner("new", setting=None)
    with (
        mock.patch("courses.invitations.send_mail", side_effect=ConnectionRefusedError),
        pytest.raises(CommandError, match="refused 1 invitations"),
    ):
        run_invite("new@example.org")
    assert LearnerProfile.objects.get().invited_at is None
