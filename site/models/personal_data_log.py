"""A record of every export or erasure of someone's personal data, kept without their details,
and of every look at personal data in the admin."""

from django.contrib.contenttypes.models import ContentType
from django.db import models

from wagtail.models.audit_log import BaseLogEntry, BaseLogEntryManager


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


class PersonalDataAccessManager(BaseLogEntryManager):
    def log_action(self, instance, action, **kwargs):
        kwargs.update(object_id=str(instance.pk))
        return super().log_action(instance, action, **kwargs)

    def for_instance(self, instance):
        content_type = ContentType.objects.get_for_model(instance, for_concrete_model=False)
        return self.filter(content_type=content_type, object_id=str(instance.pk))

    def viewable_by_user(self, user):
        """Superusers only (SECURITY.md): Wagtail's site history asks this of every log model."""
        return self.all() if user.is_active and user.is_superuser else self.none()


class PersonalDataAccess(BaseLogEntry):
    """Who viewed, exported or changed personal data (attendee lists, contact details, training
    records), kept apart from Wagtail's page and model logs, whose entries every editor of the
    object can read. Written by ``actsite.access_log.record_access``."""

    object_id = models.CharField(max_length=255, db_index=True)

    objects = PersonalDataAccessManager()

    class Meta(BaseLogEntry.Meta):
        ordering = ["-timestamp", "-id"]
        verbose_name = "personal data access"
        verbose_name_plural = "personal data accesses"
