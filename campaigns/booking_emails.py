"""Emails about bookings, through an outbox and a background task.

``queue_email`` writes a ``BookingEmail`` row inside the booking's transaction and, once it
commits, enqueues the ``deliver_booking_email`` task (Django's tasks framework). ``deliver``
claims the row, sends, and marks it sent; if the mail server fails it records the kind of
failure (never an address), and the email is tried again later, by a deferred task where the
task backend supports it and always by ``manage.py send_booking_emails`` (run every few
minutes). The booking itself never depends on the email.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import F, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from actsite.furniture_cache import footer_helplines
from actsite.localized import localized_objects
from campaigns.calendar import event_calendar
from campaigns.models import Booking, BookingEmail

logger = logging.getLogger(__name__)

MANAGE_SALT = "campaigns.booking.manage"
MAX_ATTEMPTS = 6
# Wait before attempt 2, 3, …: a mail server that is down for hours still gets the email out.
RETRY_DELAYS = [timedelta(minutes=m) for m in (1, 5, 15, 60, 240)]
CLAIM_FOR = timedelta(minutes=10)

SUBJECTS = {
    BookingEmail.Kind.BOOKED: _("Your booking for {title}"),
    BookingEmail.Kind.PROMOTED: _("A place has come up: you are booked for {title}"),
    BookingEmail.Kind.CANCELLED: _("Your booking for {title} is cancelled"),
    BookingEmail.Kind.EVENT_CANCELLED: _("Cancelled: {title}"),
    BookingEmail.Kind.REMINDER: _("Reminder: {title}"),
}


def manage_token(booking):
    """An unguessable, signed token for the booking's own page (view and cancel)."""
    return signing.dumps({"b": booking.pk, "r": booking.reference}, salt=MANAGE_SALT)


def booking_from_token(token):
    """The booking a token was made for, or None when it is tampered with or unknown."""
    try:
        data = signing.loads(token, salt=MANAGE_SALT)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict):
        return None
    return (
        Booking.objects.select_related("event", "event__seats")
        .filter(pk=data.get("b"), reference=data.get("r"))
        .first()
    )


def manage_url(booking):
    return settings.WAGTAILADMIN_BASE_URL + reverse("manage_booking", args=[manage_token(booking)])


def queue_email(booking, kind):
    """Record that ``booking`` needs the ``kind`` email; send it after the transaction commits.

    Call inside the transaction that changed the booking. Does nothing if that email was
    already queued: each kind goes to each booking at most once.
    """
    email, created = BookingEmail.objects.get_or_create(booking=booking, kind=kind)
    if created:
        transaction.on_commit(lambda: _enqueue(email.pk))
    return email


def _enqueue(email_id, run_after=None):
    from campaigns.tasks import deliver_booking_email

    task = deliver_booking_email
    try:
        if run_after is not None:
            if not task.get_backend().supports_defer:
                return  # the send_booking_emails command will pick it up
            task = task.using(run_after=run_after)
        task.enqueue(email_id)
    except Exception as error:  # the queue is down: the outbox row stays for the command
        logger.warning("Could not queue booking email %s: %s", email_id, type(error).__name__)


def deliver(email_id):
    """Send one outbox email unless it was sent or someone else is sending it.

    Returns "sent", "failed" or "skipped".
    """
    now = timezone.now()
    claimed = (
        BookingEmail.objects.filter(pk=email_id, sent_at=None, attempts__lt=MAX_ATTEMPTS)
        .filter(Q(claimed_until=None) | Q(claimed_until__lte=now))
        .update(claimed_until=now + CLAIM_FOR, attempts=F("attempts") + 1)
    )
    if not claimed:
        return "skipped"
    email = BookingEmail.objects.select_related("booking__event").get(pk=email_id)
    try:
        send_booking_email(email.booking, email.kind)
    except Exception as error:
        retry_at = None
        if email.attempts < MAX_ATTEMPTS:
            retry_at = timezone.now() + RETRY_DELAYS[email.attempts - 1]
        BookingEmail.objects.filter(pk=email_id).update(
            claimed_until=retry_at, last_error=type(error).__name__[:100]
        )
        logger.warning(
            "Could not send the %s email for booking %s (attempt %s): %s",
            email.kind,
            email.booking_id,
            email.attempts,
            type(error).__name__,
        )
        if retry_at:
            _enqueue(email_id, run_after=retry_at)
        return "failed"
    BookingEmail.objects.filter(pk=email_id).update(
        sent_at=timezone.now(), claimed_until=None, last_error=""
    )
    return "sent"


def due_emails():
    """Unsent emails that may be tried now: the retry command's work list."""
    return BookingEmail.objects.filter(sent_at=None, attempts__lt=MAX_ATTEMPTS).filter(
        Q(claimed_until=None) | Q(claimed_until__lte=timezone.now())
    )


def send_booking_email(booking, kind):
    """Render and send one email now (``deliver`` is the way to call this).

    Written in the language the person booked in: the words, the dates, the helplines and
    the event's title where the event page is translated.
    """
    with translation.override(booking.language):
        message = _booking_message(booking, kind)
    message.send()


def _booking_message(booking, kind):
    from campaigns.bookings import waiting_list_position

    event = localized_objects([booking.event])[0]
    context = {
        "booking": booking,
        "event": event,
        "kind": kind,
        "manage_url": manage_url(booking),
        "position": waiting_list_position(booking),
        "helplines": footer_helplines(),
    }
    message = EmailMessage(
        str(SUBJECTS[kind]).format(title=event.title),
        render_to_string("campaigns/emails/booking.txt", context),
        to=[booking.email],
    )
    if booking.status == Booking.Status.CONFIRMED and kind != BookingEmail.Kind.EVENT_CANCELLED:
        message.attach(f"{event.slug}.ics", event_calendar(event), "text/calendar")
    return message
