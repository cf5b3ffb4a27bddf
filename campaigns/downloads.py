"""Counting downloads of posters and flyers, anonymously."""

from django.db.models import Sum
from django.utils import timezone

from campaigns.models import DownloadCount, ResourceFile
from campaigns.monthly_counts import increment_monthly


def record_download(document):
    """Count one download of ``document`` for each resource file that uses it, this month.

    Anonymous and safe under concurrency (``increment_monthly``).
    """
    for resource_id, language in ResourceFile.objects.filter(document=document).values_list(
        "page_id", "language"
    ):
        increment_monthly(DownloadCount, resource_id, language)


def top_downloads(month=None, limit=10):
    """The most downloaded resources in ``month`` (default: this month), with their totals."""
    month = (month or timezone.localdate()).replace(day=1)
    return (
        DownloadCount.objects.filter(month=month)
        .values("resource_id", "resource__title")
        .annotate(total=Sum("count"))
        .order_by("-total", "resource__title")[:limit]
    )
