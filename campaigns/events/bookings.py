"""Booking places at events: the one place where seats are taken and given back.

Guarantees, on PostgreSQL and SQLite alike:
- capacity is never exceeded: a place is taken by a guarded UPDATE
  (``booked = booked + n WHERE booked + n <= capacity``) inside the booking's transaction, and a
  check constraint on ``EventSeats`` refuses anything that slips past;
- one active booking per event and email address (a partial unique constraint), so a double
  submit cannot double-book;
- when places free up, people waiting are promoted in order, in the same transaction;
- emails are queued in the same transaction and sent after it commits (``booking_emails``), so a
  failed email never loses a booking.
"""

from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, OperationalError, transaction
from django.db.models import F
from django.utils import timezone, translation
from django.utils.translation import gettext

from actsite.purging import purge_page_and_listings
from campaigns.events.emails import queue_email
from campaigns.models import Booking, BookingEmail, EventSeats


class BookingError(Exception):
    """A booking that cannot be made; the message is for the person booking."""


class BookingClosed(BookingError):
    pass


class EventFull(BookingError):
    pass


class AlreadyBooked(BookingError):
    """The address already holds a booking for the event. Its holder has been emailed its
    details (once); the person booking must be told no more than a new booker would be."""


class StoreBusy(BookingError):
    pass


def _places_changed(event):
    """Once this transaction commits, the HTTP cache lets go of the event's page and listings
    (in every language), which show its places left."""
    transaction.on_commit(lambda: purge_page_and_listings(event))


def _seats_defaults(event):
    return {
        "capacity": event.capacity,
        "announced_starts_at": event.starts_at,
        "announced_ends_at": event.ends_at,
    }


def sync_seats(event):
    """Make the seat counter's capacity match the page's, then promote anyone now fitting."""
    with transaction.atomic():
        _places_changed(event)
        seats, created = EventSeats.objects.select_for_update().get_or_create(
            event=event, defaults=_seats_defaults(event)
        )
        if created:
            return
        announced = (seats.announced_starts_at, seats.announced_ends_at)
        if announced != (event.starts_at, event.ends_at):
            # A moved event: calendar apps take the new time only with a higher SEQUENCE.
            EventSeats.objects.filter(pk=seats.pk).update(
                sequence=F("sequence") + (1 if seats.announced_starts_at else 0),
                announced_starts_at=event.starts_at,
                announced_ends_at=event.ends_at,
            )
        if seats.capacity != event.capacity:
            EventSeats.objects.filter(pk=seats.pk).update(capacity=event.capacity)
            promote_waiting_list(event)


def _take_places(event, places):
    """Take ``places`` seats if they are free. True when taken."""
    return bool(
        EventSeats.objects.filter(event=event, booked__lte=F("capacity") - places).update(
            booked=F("booked") + places
        )
    )


def book(
    event,
    *,
    name,
    email,
    places,
    organisation="",
    access_requirements="",
    waitlist=False,
    language=None,
):
    """Book ``places`` at ``event`` for one person. Returns the Booking.

    Confirmed when the places are free; otherwise on the waiting list if ``waitlist`` is true,
    else ``EventFull``. Raises ``BookingClosed``, ``AlreadyBooked`` or ``StoreBusy`` (the
    database was too busy: the person should try again) with a message for the person.
    Emails about the booking are written in ``language`` (default: the page's language).
    """
    if not event.live or not event.booking_window_open:
        raise BookingClosed(gettext("Bookings for this event are closed."))
    if not 1 <= places <= event.max_places_per_booking:
        raise BookingError(
            gettext("You can book between 1 and %(places)s places.")
            % {"places": event.max_places_per_booking}
        )
    details = {
        "event": event,
        "name": name.strip(),
        "email": email.strip().lower(),
        "places": places,
        "organisation": organisation.strip(),
        "access_requirements": access_requirements.strip(),
        "language": language or translation.get_language() or settings.LANGUAGE_CODE,
    }
    try:
        with transaction.atomic():
            seats, _ = EventSeats.objects.select_for_update().get_or_create(
                event=event, defaults=_seats_defaults(event)
            )
            if seats.cancelled_at:
                raise BookingClosed(gettext("This event has been cancelled."))
            # Strict order: while anyone waits, a freed place is theirs, not a new booker's.
            someone_waiting = _waiting(event).exists()
            if not someone_waiting and _take_places(event, places):
                status = Booking.Status.CONFIRMED
            elif waitlist:
                status = Booking.Status.WAITLISTED
            elif someone_waiting:
                raise EventFull(
                    gettext("Sorry, people are already waiting for places, and nobody overtakes.")
                )
            else:
                raise EventFull(gettext("Sorry, there are not enough places left."))
            booking = Booking.objects.create(
                status=status,
                confirmed_at=timezone.now() if status == Booking.Status.CONFIRMED else None,
                **details,
            )
            queue_email(booking, BookingEmail.Kind.BOOKED)
            _places_changed(event)
            return booking
    except IntegrityError as error:
        existing = Booking.objects.filter(
            event=event, email=details["email"], status__in=Booking.ACTIVE_STATUSES
        ).first()
        if existing:
            with transaction.atomic():
                queue_email(existing, BookingEmail.Kind.BOOKED_AGAIN)
            raise AlreadyBooked(
                gettext(
                    "This email address already has a booking for this event. Check your email "
                    "for the confirmation."
                )
            ) from error
        raise StoreBusy(gettext("Sorry, that did not work. Please try again.")) from error
    except OperationalError as error:  # SQLite "database is locked" after waiting
        raise StoreBusy(
            gettext("The booking system is busy. Please try again in a moment.")
        ) from error


def is_read_only(event):
    """True once ``event`` ended more than ``BOOKING_RETENTION_DAYS`` ago: its bookers' details
    are (or are about to be) removed, so its bookings no longer change (nobody to tell)."""
    cutoff = timezone.now() - timedelta(days=settings.BOOKING_RETENTION_DAYS)
    return event.ends_at < cutoff


def _refuse_if_read_only(event):
    if is_read_only(event):
        raise BookingError(
            gettext("This booking's details have been removed, so it can no longer change.")
        )


def cancel_booking(booking, *, by_organiser=False):
    """Cancel a booking (by its holder, or an organiser: ``by_organiser``, which the email
    says), give its places back and promote people waiting, all in one transaction.
    Idempotent. Raises ``BookingError`` for an anonymised booking (its event is past the
    retention date): nobody to tell, and nothing left to change."""
    with transaction.atomic():
        booking = Booking.objects.select_for_update().get(pk=booking.pk)
        if booking.anonymised_at:
            raise BookingError(
                gettext("This booking's details have been removed, so it can no longer change.")
            )
        _refuse_if_read_only(booking.event)
        if not booking.is_active:
            return booking
        was_confirmed = booking.status == Booking.Status.CONFIRMED
        booking.status = Booking.Status.CANCELLED
        booking.cancelled_at = timezone.now()
        booking.save(update_fields=["status", "cancelled_at"])
        if was_confirmed:
            EventSeats.objects.filter(event_id=booking.event_id).update(
                booked=F("booked") - booking.places
            )
            promote_waiting_list(booking.event)
        kind = (
            BookingEmail.Kind.ORGANISER_CANCELLED if by_organiser else BookingEmail.Kind.CANCELLED
        )
        queue_email(booking, kind)
        _places_changed(booking.event)
    return booking


def cancel_event(event):
    """Cancel the whole event: no more bookings, every active booking cancelled and emailed.

    The page stays published so people following a link learn it is cancelled. Idempotent;
    returns how many bookings were cancelled. Raises ``BookingError`` once the event is
    read-only (``is_read_only``).
    """
    _refuse_if_read_only(event)
    with transaction.atomic():
        seats, _ = EventSeats.objects.select_for_update().get_or_create(
            event=event, defaults=_seats_defaults(event)
        )
        if seats.cancelled_at is None:
            seats.cancelled_at = timezone.now()
            seats.sequence += 1  # calendar apps replace the entry with the cancelled one
            seats.save(update_fields=["cancelled_at", "sequence"])
        active = list(
            Booking.objects.select_for_update().filter(
                event=event, status__in=Booking.ACTIVE_STATUSES
            )
        )
        for booking in active:
            booking.status = Booking.Status.CANCELLED
            booking.cancelled_at = seats.cancelled_at
            booking.save(update_fields=["status", "cancelled_at"])
            queue_email(booking, BookingEmail.Kind.EVENT_CANCELLED)
        EventSeats.objects.filter(pk=seats.pk).update(booked=0)
        _places_changed(event)
    return len(active)


def check_in(booking, attended=True):
    """Mark a confirmed booking as attended at the door (or undo it). Returns the booking."""
    _refuse_if_read_only(booking.event)
    if booking.status != Booking.Status.CONFIRMED:
        raise BookingError("Only confirmed bookings can be checked in.")
    booking.attended_at = timezone.now() if attended else None
    Booking.objects.filter(pk=booking.pk).update(attended_at=booking.attended_at)
    return booking


WALK_IN_PLACES = 10  # at most, for one walk-in group


def add_walk_in(event, *, name, places=1):
    """Someone who came without booking, added at the door: confirmed and checked in at once,
    with a name only (no email address, so no emails). Takes free places with the same guarded
    update as ``book()``, so it never overbooks; while anyone waits, the places are theirs
    (strict order), so a walk-in is refused."""
    event = event.bookable_event
    _refuse_if_read_only(event)
    name = " ".join(name.split())
    if not name:
        raise BookingError("Give the walk-in's name.")
    if not 1 <= places <= WALK_IN_PLACES:
        raise BookingError(f"A walk-in takes between 1 and {WALK_IN_PLACES} places.")
    with transaction.atomic():
        seats, _ = EventSeats.objects.select_for_update().get_or_create(
            event=event, defaults=_seats_defaults(event)
        )
        if seats.cancelled_at:
            raise BookingClosed("This event has been cancelled.")
        if _waiting(event).exists():
            raise EventFull(
                "People are on the waiting list: free places go to them first, in order."
            )
        if not _take_places(event, places):
            left = max(seats.capacity - seats.booked, 0)
            raise EventFull(
                f"Only {left} place{'s' if left != 1 else ''} left: the event is full."
                if left
                else "No places left: the event is full."
            )
        now = timezone.now()
        booking = Booking.objects.create(
            event=event,
            name=name[:120],
            email="",
            places=places,
            status=Booking.Status.CONFIRMED,
            confirmed_at=now,
            attended_at=now,
            language=settings.LANGUAGE_CODE,
        )
        _places_changed(event)
    return booking


def _waiting(event):
    """The event's waiting list (anonymised rows are past the event: never promoted)."""
    return Booking.objects.filter(event=event, status=Booking.Status.WAITLISTED, anonymised_at=None)


def someone_waiting(event):
    """True while anyone is on the event's waiting list: then new bookings join it too."""
    return _waiting(event).exists()


def promote_waiting_list(event):
    """Confirm people waiting, first come first served, while their places fit.

    The policy is strict order: call inside the transaction that freed the places; it stops
    at the first person whose places do not fit, so nobody is overtaken, and ``book()`` gives
    no freed place to a new booker while anyone waits. Returns the promoted bookings.
    """
    promoted = []
    waiting = _waiting(event).select_for_update()
    for booking in waiting.order_by("created_at", "pk"):
        if not _take_places(event, booking.places):
            break
        booking.status = Booking.Status.CONFIRMED
        booking.confirmed_at = timezone.now()
        booking.save(update_fields=["status", "confirmed_at"])
        promoted.append(booking)
        queue_email(booking, BookingEmail.Kind.PROMOTED)
    return promoted


def waiting_list_position(booking):
    """1 for the first person waiting; None when not waiting."""
    if booking.status != Booking.Status.WAITLISTED:
        return None
    ahead = Booking.objects.filter(
        event_id=booking.event_id, status=Booking.Status.WAITLISTED
    ).filter(created_at__lt=booking.created_at)
    return ahead.count() + 1
