"""Counting downloads of posters and flyers, anonymously."""

from django.db import IntegrityError, transaction
from django.db.models import F, Sum
from django.utils import timezone

from campaigns.models import DownloadCount, ResourceFile


def record_download(document):
    """Count one download of ``document`` for each resource file that uses it, this month.

    Only the resource, the language and the month are recorded: never an address, a browser
    or a cookie. Safe under concurrency: the increment happens in the database.
    """
    month = timezone.localdate().replace(day=1)
    for resource_id, language in ResourceFile.objects.filter(document=document).values_list(
        "page_id", "language"
    ):
        counted = DownloadCount.objects.filter(
            resource_id=resource_id, language=language, month=month
        ).update(count=F("count") + 1)
        if counted:
            continue
        try:
            with transaction.atomic():
                DownloadCount.objects.create(
                    resource_id=resource_id, language=language, month=month, count=1
                )
        except IntegrityError:  # another request created this month's row first
            DownloadCount.objects.filter(
                resource_id=resource_id, language=language, month=month
            ).update(count=F("count") + 1)


def top_downloads(month=None, limit=10):
    """The most downloaded resources in ``month`` (default: this month), with their totals."""
    month = (month or timezone.localdate()).replace(day=1)
    return (
        DownloadCount.objects.filter(month=month)
        .values("resource_id", "resource__title")
        .annotate(total=Sum("count"))
        .order_by("-total", "resource__title")[:limit]
    )
