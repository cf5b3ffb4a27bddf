"""What campaigns and events hold about a person, found by email address: their bookings and
the printed-pack requests they made. Used by the export and erasure commands and by retention.
"""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from campaigns.events import bookings
from campaigns.events.housekeeping import anonymise_bookings, anonymise_past_bookings
from campaigns.models import Booking, BookingEmail, PackRequest

ERASED = "(erased)"


def _when(value):
    return value.isoformat() if value else None


def export_for(email):
    """Everything this part of the site holds about ``email``, as JSON-ready data."""
    booking_rows = (
        Booking.objects.filter(email__iexact=email)
        .select_related("event")
        .prefetch_related("emails")
        .order_by("created_at")
    )
    requests = (
        PackRequest.objects.filter(contact_email__iexact=email)
        .prefetch_related("items__resource")
        .order_by("created_at")
    )
    return {
        "bookings": [
            {
                "reference": b.reference,
                "event": b.event.title,
                "event_starts_at": _when(b.event.starts_at),
                "name": b.name,
                "email": b.email,
                "organisation": b.organisation,
                "places": b.places,
                "access_requirements": b.access_requirements,
                "status": b.status,
                "booked_at": _when(b.created_at),
                "cancelled_at": _when(b.cancelled_at),
                "attended_at": _when(b.attended_at),
                "emails_sent": [
                    {"kind": e.kind, "sent_at": _when(e.sent_at)} for e in b.emails.all()
                ],
            }
            for b in booking_rows
        ],
        "printed_pack_requests": [
            {
                "venue": r.venue_name,
                "delivery_address": r.delivery_address,
                "postcode": r.postcode,
                "contact_name": r.contact_name,
                "contact_email": r.contact_email,
                "contact_phone": r.contact_phone,
                "notes": r.notes,
                "status": r.status,
                "requested_at": _when(r.created_at),
                "items": [str(item) for item in r.items.all()],
            }
            for r in requests
        ],
    }


def erase_for(email):
    """Cancel ``email``'s active bookings (their places go to the next person waiting; no email
    is sent to the person erased), then anonymise every booking and printed-pack request.
    Counts of places and attendance stay. Returns what was changed."""
    with transaction.atomic():
        active = Booking.objects.filter(email__iexact=email, status__in=Booking.ACTIVE_STATUSES)
        cancelled = 0
        for booking in active:
            bookings.cancel_booking(booking)
            cancelled += 1
        held = Booking.objects.filter(email__iexact=email)
        BookingEmail.objects.filter(booking__in=held, sent_at=None).delete()
        anonymised = anonymise_bookings(held)
        requests = _anonymise_requests(PackRequest.objects.filter(contact_email__iexact=email))
    return {
        "bookings_cancelled": cancelled,
        "bookings_anonymised": anonymised,
        "pack_requests_anonymised": requests,
    }


def _anonymise_requests(queryset):
    return queryset.update(
        contact_name=ERASED,
        contact_email="",
        contact_phone="",
        delivery_address=ERASED,
        postcode="",
        notes="",
        decline_reason="",
    )


def anonymise_finished_pack_requests(days=None):
    """Remove contact and delivery details from printed-pack requests that were sent or
    declined more than ``days`` days ago (``PACK_REQUEST_RETENTION_DAYS`` by default).
    Venue, kind of venue, items and status stay for the campaign's figures."""
    days = settings.PACK_REQUEST_RETENTION_DAYS if days is None else days
    cutoff = timezone.now() - timedelta(days=days)
    finished = PackRequest.objects.filter(
        status__in=[PackRequest.Status.SENT, PackRequest.Status.DECLINED],
        updated_at__lt=cutoff,
    ).exclude(contact_name=ERASED)
    return _anonymise_requests(finished)


def apply_retention():
    """Campaigns' retention rules, once (``actsite.personal_data.apply_retention``)."""
    return {
        "bookings_anonymised": anonymise_past_bookings(),
        "pack_requests_anonymised": anonymise_finished_pack_requests(),
    }
