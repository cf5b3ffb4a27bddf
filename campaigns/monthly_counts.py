"""Anonymous counters per resource, language and month (downloads, QR code scans)."""

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone


def increment_monthly(model, resource_id, language):
    """Add one to ``model``'s count for ``resource_id`` and ``language`` this month.

    Only the resource, the language and the month are recorded: never an address, a browser
    or a cookie. Safe under concurrency: the increment happens in the database, and a row
    created by another request at the same moment is incremented instead.
    """
    month = timezone.localdate().replace(day=1)
    rows = model.objects.filter(resource_id=resource_id, language=language, month=month)
    if rows.update(count=F("count") + 1):
        return
    try:
        with transaction.atomic():
            model.objects.create(resource_id=resource_id, language=language, month=month, count=1)
    except IntegrityError:  # another request created this month's row first
        rows.update(count=F("count") + 1)
