"""Council staff who learn: their department, workplace setting and manager."""

from django.conf import settings
from django.db import models


class Department(models.Model):
    """A council department (e.g. Licensing). Its training managers see its staff's records."""

    name = models.CharField(max_length=120, unique=True)
    training_managers = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="managed_departments"
    )

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class LearnerProfile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="learner"
    )
    department = models.ForeignKey(
        Department, null=True, blank=True, on_delete=models.SET_NULL, related_name="learners"
    )
    workplace_setting = models.ForeignKey(
        "actsite.WorkplaceSetting",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="learners",
    )
    manager = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="team",
        help_text="Their line manager, who gets a weekly digest of the team's training.",
    )
    language = models.CharField(
        max_length=12,
        blank=True,
        help_text="The language their emails are written in (a site language code); "
        "English when empty.",
    )
    invited_at = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        help_text="When the latest invitation to set a password was sent.",
    )

    def __str__(self):
        return self.user.get_full_name() or self.user.username
