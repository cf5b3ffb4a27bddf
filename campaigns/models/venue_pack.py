"""A built venue toolkit: one ZIP per choice of setting, languages and sizes and content."""

from django.db import models


class VenuePack(models.Model):
    """The posters and flyers a venue chose, zipped with a cover sheet.

    ``key`` names the choice and the version of the content it was built from
    (``campaigns.toolkit.packs.pack_key``): a change to any file, resource or the setting's hub
    gives a new key, so a pack is reused until the content changes and never served stale.
    Nothing about who asked is stored.
    """

    class Status(models.TextChoices):
        BUILDING = "building", "Building"
        READY = "ready", "Ready"
        FAILED = "failed", "Failed"

    key = models.CharField(max_length=64, unique=True)
    setting = models.ForeignKey(
        "actsite.WorkplaceSetting", on_delete=models.CASCADE, related_name="+"
    )
    languages = models.CharField(
        max_length=200, help_text="Resource language codes, comma separated."
    )
    sizes = models.CharField(max_length=100, help_text="Paper sizes, comma separated.")
    language = models.CharField(max_length=8, help_text="The cover sheet's language.")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.BUILDING)
    done = models.PositiveIntegerField(default=0)
    total = models.PositiveIntegerField(default=0)
    file = models.FileField(upload_to="venue-toolkits/", blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return f"Venue toolkit {self.key[:8]} ({self.status})"

    @property
    def percent(self):
        if self.status == self.Status.READY:
            return 100
        return int(100 * self.done / self.total) if self.total else 0

    @property
    def language_list(self):
        return self.languages.split(",") if self.languages else []

    @property
    def size_list(self):
        return self.sizes.split(",") if self.sizes else []
