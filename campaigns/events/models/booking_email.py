"""The outbox of booking emails: one row per booking and kind of email.

The row is written in the booking's own transaction, so an email is never forgotten; the
unique (booking, kind) pair makes each email go out at most once, however often a task or
the reminder command runs. See ``actsite.outbox`` for delivery and retries and
``campaigns.events.emails`` for the emails themselves.
"""

from django.db import models

from actsite.outbox import OutboxEmail


class BookingEmail(OutboxEmail):
    SEND = "campaigns.events.emails.send_outbox_email"

    class Kind(models.TextChoices):
        BOOKED = "booked", "Booking confirmed or waiting list joined"
        PROMOTED = "promoted", "Promoted from the waiting list"
        CANCELLED = "cancelled", "Booking cancelled (or waiting list left) by its holder"
        ORGANISER_CANCELLED = "organiser_cancelled", "Booking cancelled by an organiser"
        EVENT_CANCELLED = "event_cancelled", "Event cancelled"
        REMINDER = "reminder", "Reminder"
        BOOKED_AGAIN = "booked_again", "Someone tried to book again with this address"

    booking = models.ForeignKey(
        "campaigns.Booking", on_delete=models.CASCADE, related_name="emails"
    )
    kind = models.CharField(max_length=20, choices=Kind.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["booking", "kind"], name="one_email_per_kind")
        ]
        indexes = [models.Index(fields=["sent_at", "attempts"])]
