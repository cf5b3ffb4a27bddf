"""An organiser writes to everyone with a confirmed place: the room moved, bring ID, running
late. Each attendee's copy goes through the outbox (``actsite.outbox``), and the event's
history records who wrote, when, the subject and how many it went to (never to whom)."""

from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation

from wagtail.log_actions import log

from actsite import outbox
from actsite.furniture import footer_helplines
from actsite.localized import localized_objects
from campaigns.events.bookings import BookingError, is_read_only
from campaigns.events.emails import manage_url
from campaigns.models import AttendeeMessage, AttendeeMessageEmail, Booking

ACTION = "campaigns.attendees_messaged"


def recipients(event):
    """Confirmed bookings with an address to write to (not walk-ins, not anonymised)."""
    return event.bookable_event.bookings.filter(
        status=Booking.Status.CONFIRMED, anonymised_at=None
    ).exclude(email="")


@transaction.atomic
def message_attendees(event, *, subject, body, user):
    """Write ``subject`` and ``body`` to every confirmed attendee of ``event``; returns the
    AttendeeMessage. Raises BookingError (with a message for the organiser) when there is
    nothing to say, nobody to say it to, or the event is past its retention date."""
    event = event.bookable_event
    subject, body = " ".join(subject.split()), body.strip()
    if not subject or not body:
        raise BookingError("Write a subject and a message.")
    if is_read_only(event):
        raise BookingError("This event is past its retention date: its bookings are closed.")
    people = list(recipients(event))
    if not people:
        raise BookingError("Nobody has a confirmed place to write to.")
    message = AttendeeMessage.objects.create(
        event=event, subject=subject[:120], body=body, sent_by=user
    )
    emails = AttendeeMessageEmail.objects.bulk_create(
        AttendeeMessageEmail(message=message, booking=booking) for booking in people
    )
    for email in emails:
        outbox.queue_after_commit(email)
    log(
        instance=event,
        action=ACTION,
        user=user,
        data={"subject": message.subject, "recipients": len(people)},
    )
    return message


def send_outbox_email(email):
    """Send one attendee's copy (``AttendeeMessageEmail.SEND``): the organiser's words, then,
    in the language the person booked in, what they are booked for and their booking link."""
    booking, message = email.booking, email.message
    if not booking.email:  # anonymised since it was written
        return
    with translation.override(booking.language):
        event = localized_objects([booking.event])[0]
        body = render_to_string(
            "campaigns/emails/attendee_message.txt",
            {
                "message": message,
                "event": event,
                "booking": booking,
                "manage_url": manage_url(booking),
                "helplines": footer_helplines(),
            },
        )
    subject = outbox.single_line(f"{event.title}: {message.subject}")
    EmailMessage(subject, body, to=[booking.email]).send()
