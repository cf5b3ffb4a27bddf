"""A record of each training reminder sent, so the scheduled command never repeats one."""

from django.conf import settings
from django.db import models


class TrainingReminder(models.Model):
    class Kind(models.TextChoices):
        NOT_STARTED = "not-started", "Assigned, not started"
        DUE_SOON = "due-soon", "Due within 7 days"
        OVERDUE = "overdue", "Overdue"
        EXPIRING = "expiring", "Expiring within 30 days"
        DIGEST = "digest", "Manager's weekly digest"
        FROM_MANAGER = "manager", "Reminder sent by their line manager"

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    kind = models.CharField(max_length=12, choices=Kind.choices)
    # What it was about: "module:<id>:<due or valid-until date>", or "week:<iso week>".
    about = models.CharField(max_length=60)
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["recipient", "kind", "about"], name="one_reminder_each")
        ]

    def __str__(self):
        return f"{self.get_kind_display()} ({self.about})"
