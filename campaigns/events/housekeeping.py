"""Scheduled work on bookings: reminders before events, and anonymising after them.

Both are safe to run as often as you like (e.g. hourly from cron): a reminder goes to each
booking once, and anonymised bookings are left alone.
"""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from campaigns.events.emails import queue_email
from campaigns.models import Booking, BookingEmail


def queue_reminders(days=None):
    """Queue a reminder for every confirmed booking at an event starting within ``days`` days
    (``EVENT_REMINDER_DAYS`` by default) that has not had one. Returns how many were queued."""
    days = settings.EVENT_REMINDER_DAYS if days is None else days
    now = timezone.now()
    due = (
        Booking.objects.filter(
            status=Booking.Status.CONFIRMED,
            event__live=True,
            event__starts_at__gt=now,
            event__starts_at__lte=now + timedelta(days=days),
            event__seats__cancelled_at=None,
        )
        .exclude(emails__kind=BookingEmail.Kind.REMINDER)
        .select_related("event")
    )
    count = 0
    with transaction.atomic():
        for booking in due:
            queue_email(booking, BookingEmail.Kind.REMINDER)
            count += 1
    return count


def anonymise_past_bookings(days=None):
    """Remove bookers' details from bookings at events that ended more than ``days`` days ago
    (``BOOKING_RETENTION_DAYS`` by default). Status, places and attendance stay, so counts
    and reports still add up. Returns how many bookings were anonymised."""
    days = settings.BOOKING_RETENTION_DAYS if days is None else days
    cutoff = timezone.now() - timedelta(days=days)
    with transaction.atomic():
        expired = Booking.objects.filter(event__ends_at__lt=cutoff, anonymised_at=None)
        return anonymise_bookings(expired)


def anonymise_bookings(queryset):
    """Blank the booker's details on every booking in ``queryset``; returns how many."""
    return queryset.update(
        name="",
        email="",
        organisation="",
        access_requirements="",
        anonymised_at=timezone.now(),
    )
