"""Emails about bookings, through an outbox and a background task.

``queue_email`` writes a ``BookingEmail`` row inside the booking's transaction and, once it
commits, enqueues the ``deliver_booking_email`` task (Django's tasks framework). ``deliver``
claims the row, sends, and marks it sent; if the mail server fails it records the kind of
failure (never an address), and the email is tried again later for two days
(``actsite.outbox``), by a deferred task where the task backend supports it and always by
``manage.py send_emails`` (run every few minutes). An email that never went is shown
to the organiser on the event's attendee list. The booking itself never depends on the email.
"""

import logging

from django.core import signing
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from actsite import outbox
from actsite.furniture import footer_helplines
from actsite.localized import localized_objects
from actsite.public_urls import absolute_url
from campaigns.events.calendar import CANCEL, REQUEST, event_calendar
from campaigns.events.tickets import qr_png
from campaigns.models import Booking, BookingEmail

logger = logging.getLogger(__name__)

MANAGE_SALT = "campaigns.booking.manage"

SUBJECTS = {
    BookingEmail.Kind.BOOKED: _("Your booking for {title}"),
    BookingEmail.Kind.PROMOTED: _("A place has come up: you are booked for {title}"),
    BookingEmail.Kind.CANCELLED: _("Your booking for {title} is cancelled"),
    BookingEmail.Kind.ORGANISER_CANCELLED: _(
        "Your booking for {title} has been cancelled by the organisers"
    ),
    BookingEmail.Kind.EVENT_CANCELLED: _("Cancelled: {title}"),
    BookingEmail.Kind.REMINDER: _("Reminder: {title}"),
    BookingEmail.Kind.BOOKED_AGAIN: _("Your booking for {title}"),
}
# A waiting-list booking is not a place: its emails must not read like a confirmation's.
WAITING_LIST_SUBJECTS = {
    BookingEmail.Kind.BOOKED: _("You are on the waiting list for {title}"),
    BookingEmail.Kind.BOOKED_AGAIN: _("You are on the waiting list for {title}"),
    BookingEmail.Kind.CANCELLED: _("You have left the waiting list for {title}"),
}


def subject_for(booking, kind):
    """The email's subject (a lazy string with ``{title}``) for the booking as it is now."""
    never_had_a_place = booking.confirmed_at is None
    if never_had_a_place and kind in WAITING_LIST_SUBJECTS:
        return WAITING_LIST_SUBJECTS[kind]
    return SUBJECTS[kind]


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
    return absolute_url(reverse("manage_booking", args=[manage_token(booking)]))


def queue_email(booking, kind):
    """Record that ``booking`` needs the ``kind`` email; send it after the transaction commits.

    Call inside the transaction that changed the booking. Does nothing if that email was
    already queued: each kind goes to each booking at most once.
    """
    if not booking.email:  # a walk-in added at the door: nobody to write to
        return None
    email, created = BookingEmail.objects.get_or_create(booking=booking, kind=kind)
    if created:
        outbox.queue_after_commit(email)
    return email


def deliver(email_id):
    """Send one outbox email now unless it was sent or is being sent (``actsite.outbox``)."""
    return outbox.deliver(BookingEmail, email_id)


def due_emails():
    """Unsent emails that may be tried now."""
    return outbox.due(BookingEmail)


def undelivered_for(event):
    """The event's booking emails that were never sent after two days of retries, for the
    organiser to follow up by other means."""
    return outbox.given_up(BookingEmail).filter(booking__event=event).select_related("booking")


def send_outbox_email(email):
    """Send a ``BookingEmail`` outbox row (``BookingEmail.SEND``)."""
    send_booking_email(email.booking, email.kind)


def send_booking_email(booking, kind):
    """Render and send one email now (``deliver`` is the way to call this).

    Written in the language the person booked in: the words, the dates, the helplines and
    the event's title where the event page is translated.
    """
    with translation.override(booking.language):
        message = _booking_message(booking, kind)
    message.send()


def _booking_message(booking, kind):
    from campaigns.events.bookings import waiting_list_position  # noqa: PLC0415 - bookings imports this module

    event = localized_objects([booking.event])[0]
    context = {
        "booking": booking,
        "event": event,
        "kind": kind,
        "manage_url": manage_url(booking),
        "position": waiting_list_position(booking),
        "left_waiting_list": booking.confirmed_at is None,
        "helplines": footer_helplines(),
    }
    message = EmailMessage(
        outbox.single_line(str(subject_for(booking, kind)).format(title=event.title)),
        render_to_string("campaigns/emails/booking.txt", context),
        to=[booking.email],
    )
    if booking.status == Booking.Status.CONFIRMED and kind in TICKET_KINDS:
        message.attach(f"ticket-{booking.reference}.png", qr_png(booking.reference), "image/png")
    method = calendar_method(booking, kind)
    if method:
        message.attach(
            f"{event.slug}.ics",
            event_calendar(event, booking=booking, method=method).decode(),
            f"text/calendar; method={method}",
        )
    return message


# Emails that carry the ticket (the reference's QR code) when the booking has a place.
TICKET_KINDS = {
    BookingEmail.Kind.BOOKED,
    BookingEmail.Kind.PROMOTED,
    BookingEmail.Kind.REMINDER,
    BookingEmail.Kind.BOOKED_AGAIN,
}


def calendar_method(booking, kind):
    """The calendar attachment an email carries (RFC 5546), or None: an invitation for a
    confirmed place, a cancellation when a booking that had a place (so an invitation) or its
    event is cancelled; nothing for the waiting list (no place, no invitation)."""
    if kind in (BookingEmail.Kind.CANCELLED, BookingEmail.Kind.EVENT_CANCELLED):
        return CANCEL if booking.confirmed_at else None
    if booking.status == Booking.Status.CONFIRMED:
        return REQUEST
    return None
