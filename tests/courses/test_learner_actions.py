"""What a training manager does from a learner's profile: send a new invitation, reissue a lost
certificate (the old code then shows as replaced), download it. Each asks first (a POST with
confirm=yes acts); another department's manager gets "not found", people without training
access are refused, learners are sent to sign in. An erased learner's certificate verifies with the
name withheld (or is not found, under the ``delete`` rule) and cannot be reissued."""

from datetime import timedelta

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.utils import timezone

from actsite import roles
from actsite.models import PersonalDataAccess
from courses.certificates import reissue_certificate
from courses.models import Completion, ReplacedCertificate
from courses.personal_data import erase_for
from tests.courses.factories import learner
from tests.courses.test_invitations import NEW_PASSWORD, link_in, set_password
from tests.courses.test_learner_profile import training_manager

pytestmark = pytest.mark.django_db


@pytest.fixture
def pending(training_index):
    """Imported, never signed in, no usable password."""
    person = learner("ffion", department="Licensing", first_name="Ffion", last_name="Evans")
    person.set_unusable_password()
    person.save()
    return person


@pytest.fixture
def certified(module):
    person = learner("sam", department="Licensing", first_name="Sam", last_name="Patel")
    valid = timezone.localdate() + timedelta(days=300)
    completion = Completion.objects.create(
        learner=person, module=module, score=90, valid_until=valid
    )
    return person, completion


def verify(client, code):
    return client.get(f"/training/verify/?code={code}").text


def test_a_manager_resends_an_invitation_and_the_learner_gets_in(client, pending):
    client.force_login(training_manager("tara", "Licensing"))
    url = f"/admin/training/learners/{pending.pk}/invite/"
    assert url in client.get(f"/admin/training/learners/{pending.pk}/").text

    asked = client.get(url)
    assert "Send Ffion Evans a new invitation?" in asked.text and not mail.outbox
    client.post(url)  # no confirmation: asks again, sends nothing
    assert not mail.outbox

    done = client.post(url, {"confirm": "yes"}, follow=True)
    assert "A new invitation is on its way to Ffion Evans" in done.text
    (message,) = mail.outbox
    assert message.to == ["ffion@example.org"]
    assert PersonalDataAccess.objects.filter(action="courses.invitation_resent").count() == 1

    client.logout()
    assert "Password changed" in set_password(client, link_in(message)).text
    signed_in = client.post(
        "/accounts/login/", {"username": "ffion", "password": NEW_PASSWORD}, follow=True
    )
    assert signed_in.redirect_chain[-1][0] == "/training/my/"


def test_someone_who_has_signed_in_is_not_invited_again(client, pending):
    pending.last_login = timezone.now()
    pending.set_password("a long password for tests")
    pending.save()
    client.force_login(training_manager("tara", "Licensing"))
    done = client.post(
        f"/admin/training/learners/{pending.pk}/invite/", {"confirm": "yes"}, follow=True
    )
    assert "has already signed in" in done.text and not mail.outbox


def test_nobody_else_can_resend_or_reissue(client, pending, certified):
    sam, completion = certified
    actions = [
        f"/admin/training/learners/{pending.pk}/invite/",
        f"/admin/training/learners/{sam.pk}/certificates/{completion.pk}/reissue/",
        f"/admin/training/learners/{sam.pk}/certificates/{completion.pk}/pdf/",
    ]
    volunteer = get_user_model().objects.create_user("vi", "vi@x.org", "x" * 14)
    volunteer.groups.add(Group.objects.get(name=roles.VOLUNTEERS))
    uma = training_manager("uma", "Housing")  # another department's manager
    for url in actions:
        client.force_login(uma)
        assert client.post(url, {"confirm": "yes"}).status_code == 404
        client.force_login(volunteer)  # no training access: refused
        refused = client.post(url, {"confirm": "yes"})
        assert refused.status_code == 302 and refused["Location"] == "/admin/"
        client.force_login(sam)  # a learner: the admin asks them to sign in
        assert "/admin/login/" in client.post(url, {"confirm": "yes"})["Location"]
    assert not mail.outbox
    assert Completion.objects.get().certificate_code == completion.certificate_code


def test_a_reissued_certificate_has_a_new_code_and_the_old_one_shows_replaced(client, certified):
    sam, completion = certified
    old_code = completion.certificate_code
    client.force_login(training_manager("tara", "Licensing"))
    url = f"/admin/training/learners/{sam.pk}/certificates/{completion.pk}/reissue/"
    assert "the old code (" + old_code + ")" in client.get(url).text
    done = client.post(url, {"confirm": "yes"}, follow=True)

    completion.refresh_from_db()
    new_code = completion.certificate_code
    assert new_code != old_code and completion.score == 90  # the same completion
    assert f"Certificate reissued with the code {new_code}" in done.text
    assert f"replaces {old_code}" in done.text
    assert ReplacedCertificate.objects.get().replaced_by.username == "tara"
    pdf = client.get(f"/admin/training/learners/{sam.pk}/certificates/{completion.pk}/pdf/")
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")

    client.logout()
    assert "This certificate has been replaced" in verify(client, old_code.lower())
    assert "Sam Patel" not in verify(client, old_code)
    now_valid = verify(client, new_code)
    assert "This certificate is valid" in now_valid and "Sam Patel" in now_valid
    client.force_login(sam)
    assert client.get(f"/training/certificates/{new_code}/").status_code == 200
    assert client.get(f"/training/certificates/{old_code}/").status_code == 404


def test_an_erased_learners_certificate_is_valid_with_the_name_withheld(client, certified):
    sam, completion = certified
    code = completion.certificate_code
    assert "Sam Patel" in verify(client, code)

    erase_for("sam@example.org", rule="anonymise")

    page = verify(client, code)
    assert "This certificate is valid" in page
    assert "name is withheld: their personal data has been erased" in page
    assert "<dd>Withheld</dd>" in page
    assert f"<dd>{completion.module.title}</dd>" in page
    assert f"<dd>{completion.valid_until:%-d %B %Y}</dd>" in page
    assert "Patel" not in page and "erased-" not in page
    assert Completion.objects.filter(pk=completion.pk).exists()  # the figures still add up


def test_an_erased_learners_expired_certificate_says_expired_without_a_name(client, certified):
    sam, completion = certified
    Completion.objects.filter(pk=completion.pk).update(
        valid_until=timezone.localdate() - timedelta(days=1)
    )
    erase_for("sam@example.org")  # anonymise is the default

    page = verify(client, completion.certificate_code)
    assert "This certificate has expired" in page and "This certificate is valid" not in page
    assert "<dd>Withheld</dd>" in page and "erased-" not in page and "Patel" not in page


def test_an_erased_learners_certificate_is_named_in_welsh_as_withheld(client, certified):
    sam, completion = certified
    erase_for("sam@example.org")
    page = client.get(f"/cy/training/verify/?code={completion.certificate_code}").text
    assert "Wedi&#x27;i atal" in page or "Wedi'i atal" in page
    assert "erased-" not in page and "Patel" not in page


def test_under_the_delete_rule_an_erased_learners_certificate_is_not_found(client, certified):
    sam, completion = certified
    erase_for("sam@example.org", rule="delete")

    page = verify(client, completion.certificate_code)
    assert "No certificate has that code" in page
    assert "This certificate is valid" not in page and "Patel" not in page


def test_an_erased_learners_certificate_cannot_be_reissued(client, certified):
    sam, completion = certified
    erase_for("sam@example.org")
    completion.refresh_from_db()
    with pytest.raises(ValueError, match="erased learner"):
        reissue_certificate(completion)

    client.force_login(training_manager("tara", "Licensing"))
    url = f"/admin/training/learners/{sam.pk}/certificates/{completion.pk}/reissue/"
    assert client.post(url, {"confirm": "yes"}).status_code == 404
    assert not ReplacedCertificate.objects.exists()
    completion.refresh_from_db()
    assert "This certificate is valid" in verify(client, completion.certificate_code)
