"""QR code scans per resource, language and month. Nothing about the person is stored."""

from django.db import models


class ScanCount(models.Model):
    """How often the QR code on one language's poster or flyer was scanned in one month."""

    resource = models.ForeignKey(
        "campaigns.ResourcePage", on_delete=models.CASCADE, related_name="scan_counts"
    )
    language = models.CharField(max_length=8)
    month = models.DateField(help_text="The first day of the month counted.")
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["resource", "language", "month"],
                name="one_scan_count_per_resource_language_month",
            )
        ]

    def __str__(self):
        return f"{self.resource_id} {self.language} {self.month:%Y-%m}: {self.count}"
