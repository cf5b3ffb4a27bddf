"""A ticket scanned (or its code typed) at the door: check it in, or say loudly why not."""

from dataclasses import dataclass

from django.utils import timezone

from campaigns.events import bookings
from campaigns.events.models import Booking
from campaigns.events.models.booking import REFERENCE_ALPHABET


def normalise(code):
    """A reference as scanned or typed: spaces gone, upper case; None if it cannot be one."""
    code = "".join((code or "").split()).upper()
    if not 6 <= len(code) <= 12 or any(char not in REFERENCE_ALPHABET for char in code):
        return None
    return code


@dataclass
class Scan:
    """What a scanned ticket is: ``ok`` (now checked in) or a problem, with what to say."""

    outcome: str  # ok, unknown, other_event, cancelled, waiting, already
    message: str
    booking: Booking | None = None

    @property
    def ok(self):
        return self.outcome == "ok"


def scan(event, code):
    """Check in the booking whose reference is ``code`` if it is a confirmed place at
    ``event`` not yet used; otherwise say why not."""
    reference = normalise(code)
    booking = (
        Booking.objects.select_related("event").filter(reference=reference).first()
        if reference
        else None
    )
    if booking is None or booking.anonymised_at:
        return Scan("unknown", "Not a ticket: no booking has this code.")
    if booking.event_id != event.bookable_event.pk:
        return Scan(
            "other_event", f"Wrong event: this ticket is for {booking.event.title}.", booking
        )
    if booking.status == Booking.Status.CANCELLED:
        return Scan("cancelled", "Cancelled: this booking was cancelled.", booking)
    if booking.status == Booking.Status.WAITLISTED:
        return Scan("waiting", "No place: this person is on the waiting list.", booking)
    if booking.attended_at:
        when = timezone.localtime(booking.attended_at).strftime("%H:%M")
        return Scan("already", f"Already used: checked in at {when}.", booking)
    bookings.check_in(booking)
    places = f"{booking.places} place{'s' if booking.places != 1 else ''}"
    return Scan("ok", f"Checked in: {booking.name}, {places}.", booking)
