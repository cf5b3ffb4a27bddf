"""Invitations: an email with a link to set a password, for learners who have not got in yet.

The link is Django's password-reset link (``default_token_generator``): it expires after
``PASSWORD_RESET_TIMEOUT`` and works once, since setting the password changes the hash the
token is made from. It opens the site's "choose a new password" page.

A learner is *pending* while they have never signed in or have no usable password. The email
is written in the learner's language (``LearnerProfile.language``) when the site has it, in
English otherwise. Nothing about the person is logged.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import send_mail
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from actsite.public_urls import absolute_url
from courses.models import LearnerProfile


class InvitationFailed(Exception):
    """The mail server refused the invitation (the kind of error only, never the address)."""


def pending_learners():
    """Active learners with an email address who have never signed in or have no usable
    password."""
    learners = get_user_model().objects.filter(learner__isnull=False, is_active=True)
    return learners.exclude(email="").filter(
        Q(last_login__isnull=True) | Q(password__startswith=UNUSABLE_PASSWORD_PREFIX)
    )


def is_pending(user):
    return user.last_login is None or not user.has_usable_password()


def email_language(user):
    """The site language the learner's emails are written in: theirs if the site has it."""
    profile = getattr(user, "learner", None)
    chosen = (profile.language if profile else "") or ""
    codes = [code for code, _name in settings.LANGUAGES]
    return chosen if chosen in codes else settings.LANGUAGE_CODE


def set_password_url(user):
    """An absolute, single-use, expiring link to choose a password (the reset confirm page)."""
    path = reverse(
        "password_reset_confirm",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )
    return absolute_url(path)


def invite_learner(user):
    """Email ``user`` an invitation with a fresh set-password link and note when it went.

    Raises ``InvitationFailed`` if the mail server refuses it (nothing is noted then, so the
    learner is still pending and ``invite_staff --all-pending`` tries again).
    """
    days = max(1, settings.PASSWORD_RESET_TIMEOUT // (24 * 60 * 60))
    context = {"user": user, "link": set_password_url(user), "days": days}
    with translation.override(email_language(user)):
        subject = render_to_string("courses/emails/invitation_subject.txt", context).strip()
        body = render_to_string("courses/emails/invitation.txt", context)
    try:
        send_mail(subject, body, None, [user.email])
    except Exception as error:  # the mail server: report the kind of error only
        raise InvitationFailed(type(error).__name__) from error
    LearnerProfile.objects.filter(user=user).update(invited_at=timezone.now())


def invite_learners(users):
    """Invite each of ``users``; returns (number sent, number the mail server refused)."""
    sent = failed = 0
    for user in users:
        try:
            invite_learner(user)
        except InvitationFailed:
            failed += 1
        else:
            sent += 1
    return sent, failed
