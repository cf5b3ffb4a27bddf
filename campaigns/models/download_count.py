"""Download counts per resource, language and month. Nothing about the person is stored."""

from django.db import models

from .monthly_count import MonthlyCount


class DownloadCount(MonthlyCount):
    resource = models.ForeignKey(
        "campaigns.ResourcePage", on_delete=models.CASCADE, related_name="download_counts"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["resource", "language", "month"],
                name="one_count_per_resource_language_month",
            )
        ]
        indexes = [models.Index(fields=["month", "-count"])]
