"""Messages from an event's organiser to everyone with a confirmed place, and their outbox."""

from django.conf import settings
from django.db import models

from actsite.outbox import OutboxEmail


class AttendeeMessage(models.Model):
    """What an organiser wrote to the confirmed attendees (e.g. "the room has changed")."""

    event = models.ForeignKey(
        "campaigns.EventPage", on_delete=models.CASCADE, related_name="attendee_messages"
    )
    subject = models.CharField(max_length=120)
    body = models.TextField(max_length=5000)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return self.subject


class AttendeeMessageEmail(OutboxEmail):
    """One attendee's copy of a message (``actsite.outbox``): written with the message, so a
    mail relay that is down loses nothing, and sent once."""

    SEND = "campaigns.events.attendee_messages.send_outbox_email"

    message = models.ForeignKey(AttendeeMessage, on_delete=models.CASCADE, related_name="emails")
    booking = models.ForeignKey(
        "campaigns.Booking", on_delete=models.CASCADE, related_name="messages"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["message", "booking"], name="one_copy_per_attendee")
        ]
        indexes = [models.Index(fields=["sent_at", "attempts"])]
