"""A record of every export or erasure of someone's personal data, kept without their details."""

from django.db import models


class PersonalDataRequest(models.Model):
    """Who handled which request, when, and what it touched.

    The person is identified only by a keyed hash of their email address: enough to show that a
    later request concerns the same person, useless for finding out who they are.
    """

    class Kind(models.TextChoices):
        EXPORT = "export", "Export"
        ERASE = "erase", "Erasure"
        RETENTION = "retention", "Scheduled retention"

    kind = models.CharField(max_length=10, choices=Kind.choices)
    subject = models.CharField(max_length=64, blank=True, help_text="Keyed hash of the email.")
    handled_by = models.CharField(max_length=150)
    handled_at = models.DateTimeField(auto_now_add=True)
    summary = models.JSONField(default=dict, help_text="What was found or changed, as counts.")

    class Meta:
        ordering = ["-handled_at"]

    def __str__(self):
        return f"{self.get_kind_display()} by {self.handled_by} at {self.handled_at:%Y-%m-%d %H:%M}"
