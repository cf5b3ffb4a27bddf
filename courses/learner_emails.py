"""Emails to one learner, in their language: a subject and a body from two templates."""

from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation

from actsite.outbox import single_line
from courses.invitations import email_language


def send_learner_email(person, template, context):
    """Render ``courses/emails/<template>_subject.txt`` and ``<template>.txt`` in ``person``'s
    language (``courses.invitations.email_language``) and send them to ``person`` now. The
    mail server's errors propagate (the caller records nothing, or the outbox retries)."""
    with translation.override(email_language(person)):
        subject = render_to_string(f"courses/emails/{template}_subject.txt", context)
        body = render_to_string(f"courses/emails/{template}.txt", context)
    EmailMessage(single_line(subject), body, to=[person.email]).send()
