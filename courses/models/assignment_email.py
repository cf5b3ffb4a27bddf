"""The outbox of assignment emails: one row per person and assignment that reaches them.

Written with the assignment, so nobody assigned is forgotten when the mail relay is down; the
unique pair sends each person each assignment at most once. Delivery and retries:
``actsite.outbox``; the email itself: ``courses.assignment_emails``.
"""

from django.conf import settings
from django.db import models

from actsite.outbox import OutboxEmail


class AssignmentEmail(OutboxEmail):
    SEND = "courses.assignment_emails.send_outbox_email"

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    assignment = models.ForeignKey(
        "courses.Assignment", on_delete=models.CASCADE, related_name="emails"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["recipient", "assignment"], name="one_email_per_person_and_assignment"
            )
        ]
        indexes = [models.Index(fields=["sent_at", "attempts"])]

    def __str__(self):
        state = "sent" if self.sent_at else f"unsent after {self.attempts} attempts"
        return f"Training assigned ({state})"
