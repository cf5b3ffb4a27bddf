"""QR code scans per resource, language and month. Nothing about the person is stored."""

from django.db import models

from .monthly_count import MonthlyCount


class ScanCount(MonthlyCount):
    """How often the QR code on one language's poster or flyer was scanned in one month."""

    resource = models.ForeignKey(
        "campaigns.ResourcePage", on_delete=models.CASCADE, related_name="scan_counts"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["resource", "language", "month"],
                name="one_scan_count_per_resource_language_month",
            )
        ]
