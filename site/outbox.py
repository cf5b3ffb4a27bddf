"""Emails that must not be lost: an outbox row per email, sent by a task, retried for two days.

An app keeps its own outbox model (a subclass of :class:`OutboxEmail`: booking emails, printed
pack notices) and writes its row in the same transaction as the thing the email is about, so a
mail relay that is down loses nothing. :func:`deliver` claims a row, calls the app's sender and
records the outcome. A failure records the kind of error (never an address) and the row is
tried again later, with back-off, for at least ``RETRY_FOR``: by a deferred task where the task
backend supports it, and always by ``manage.py send_emails`` (run every few minutes). After
that the email has *given up* (:func:`given_up`) and the app shows it to the people
responsible.
"""

import logging
from datetime import timedelta

from django.apps import apps
from django.db import models, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.module_loading import import_string

logger = logging.getLogger(__name__)

# Wait before attempt 2, 3, …: quickly at first, then every six hours.
RETRY_DELAYS = [timedelta(minutes=m) for m in (1, 5, 15, 60, 240)] + [timedelta(hours=6)] * 8
MAX_ATTEMPTS = len(RETRY_DELAYS) + 1
RETRY_FOR = sum(RETRY_DELAYS, timedelta())  # about 53 hours: two days and a little more
CLAIM_FOR = timedelta(minutes=10)


class OutboxEmail(models.Model):
    """The delivery state of one email. Subclasses add what the email is about (usually a
    ``kind`` with choices) and name, in ``SEND``, the function (dotted path) that renders and
    sends it: ``send(email)``."""

    SEND = ""

    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    # While a worker is sending, nobody else may: a claim that runs out (a crashed worker)
    # lets the next attempt through.
    claimed_until = models.DateTimeField(null=True, blank=True)
    # The kind of failure only (e.g. "ConnectionRefusedError"): never an address.
    last_error = models.CharField(max_length=100, blank=True)

    class Meta:
        abstract = True

    def __str__(self):
        state = "sent" if self.sent_at else f"unsent after {self.attempts} attempts"
        kind = self.get_kind_display() if hasattr(self, "get_kind_display") else "Email"
        return f"{kind} ({state})"

    @property
    def has_given_up(self):
        return self.sent_at is None and self.attempts >= MAX_ATTEMPTS


def outbox_models():
    """Every installed outbox model."""
    return [model for model in apps.get_models() if issubclass(model, OutboxEmail)]


def queue_after_commit(email):
    """Send ``email`` (a saved outbox row) by the task queue once the transaction commits."""
    transaction.on_commit(lambda: enqueue(type(email), email.pk))


def enqueue(model, email_id, run_after=None):
    """Queue the delivery of one email, deferred to ``run_after`` where the backend can defer.

    A queue that is down, or cannot defer, leaves the row for ``manage.py send_emails``.
    """
    from actsite.tasks import deliver_email  # noqa: PLC0415 - tasks imports this module

    task = deliver_email
    try:
        if run_after is not None:
            if not task.get_backend().supports_defer:
                return
            task = task.using(run_after=run_after)
        task.enqueue(model._meta.label, email_id)
    except Exception as error:
        logger.warning("Could not queue email %s: %s", email_id, type(error).__name__)


def due(model):
    """Unsent emails of ``model`` that may be tried now: the retry command's work list."""
    return model.objects.filter(sent_at=None, attempts__lt=MAX_ATTEMPTS).filter(
        Q(claimed_until=None) | Q(claimed_until__lte=timezone.now())
    )


def given_up(model):
    """Emails of ``model`` that were never sent, after every retry."""
    return model.objects.filter(sent_at=None, attempts__gte=MAX_ATTEMPTS)


def deliver(model, email_id):
    """Send one outbox email unless it was sent or someone else is sending it.

    Returns "sent", "failed" or "skipped".
    """
    now = timezone.now()
    claimed = (
        model.objects.filter(pk=email_id, sent_at=None, attempts__lt=MAX_ATTEMPTS)
        .filter(Q(claimed_until=None) | Q(claimed_until__lte=now))
        .update(claimed_until=now + CLAIM_FOR, attempts=F("attempts") + 1)
    )
    if not claimed:
        return "skipped"
    email = model.objects.get(pk=email_id)
    try:
        import_string(model.SEND)(email)
    except Exception as error:
        retry_at = None
        if email.attempts < MAX_ATTEMPTS:
            retry_at = timezone.now() + RETRY_DELAYS[email.attempts - 1]
        model.objects.filter(pk=email_id).update(
            claimed_until=retry_at, last_error=type(error).__name__[:100]
        )
        logger.warning(
            "Could not send %s %s (attempt %s of %s): %s",
            model._meta.verbose_name,
            email_id,
            email.attempts,
            MAX_ATTEMPTS,
            type(error).__name__,
        )
        if retry_at:
            enqueue(model, email_id, run_after=retry_at)
        return "failed"
    model.objects.filter(pk=email_id).update(
        sent_at=timezone.now(), claimed_until=None, last_error=""
    )
    return "sent"


def deliver_due():
    """Try every due email of every outbox; returns the outcomes ("sent", "failed", ...)."""
    return [
        deliver(model, pk)
        for model in outbox_models()
        for pk in due(model).values_list("pk", flat=True)
    ]


def single_line(text, limit=150):
    """``text`` fit for an email header: one line (newlines would be refused by Django's mail
    as a header injection), whitespace collapsed, at most ``limit`` characters."""
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
