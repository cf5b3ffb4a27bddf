"""The outbox of booking emails: one row per booking and kind of email.

The row is written in the booking's own transaction, so an email is never forgotten; the
unique (booking, kind) pair makes each email go out at most once, however often a task or
the reminder command runs. See ``campaigns.booking_emails`` for delivery and retries.
"""

from django.db import models


class BookingEmail(models.Model):
    class Kind(models.TextChoices):
        BOOKED = "booked", "Booking confirmed or waiting list joined"
        PROMOTED = "promoted", "Promoted from the waiting list"
        CANCELLED = "cancelled", "Booking cancelled"
        EVENT_CANCELLED = "event_cancelled", "Event cancelled"
        REMINDER = "reminder", "Reminder"

    booking = models.ForeignKey(
        "campaigns.Booking", on_delete=models.CASCADE, related_name="emails"
    )
    kind = models.CharField(max_length=20, choices=Kind.choices)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    # While a worker is sending, nobody else may: a claim that runs out (a crashed worker)
    # lets the next attempt through.
    claimed_until = models.DateTimeField(null=True, blank=True)
    # The kind of failure only (e.g. "ConnectionRefusedError"): never an address.
    last_error = models.CharField(max_length=100, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["booking", "kind"], name="one_email_per_kind")
        ]
        indexes = [models.Index(fields=["sent_at", "attempts"])]

    def __str__(self):
        state = "sent" if self.sent_at else f"unsent after {self.attempts} attempts"
        return f"{self.get_kind_display()} ({state})"
