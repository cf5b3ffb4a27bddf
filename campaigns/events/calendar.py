"""Calendar files (.ics) for events (RFC 5545, with RFC 5546 methods for emailed invitations).

- Times are zoned (``TZID=Europe/London``) and the file carries that ``VTIMEZONE``, built from
  the zoneinfo database, so every calendar app reads the same time.
- The UID is the same in every file about an event, in every language: ``event-<pk>@<domain>``,
  where ``pk`` is the original page's (translations share it) and the domain is the Site's.
  So a calendar app updates the entry it has rather than adding a second one.
- ``SEQUENCE`` is ``EventSeats.sequence``, bumped when the event is cancelled or its time moves
  (``campaigns.events.bookings``), and a cancelled event says ``STATUS:CANCELLED``.
- The public file holds the event only: never who booked, never the online join link. The join
  link goes only in a confirmed booker's own file (``booking=``), attached to their email.
"""

from datetime import date, timedelta
from email.utils import parseaddr

import icalendar

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext

from wagtail.models import Site

from actsite.public_urls import site_domain

REQUEST = "REQUEST"  # an emailed invitation: the calendar app adds or updates the entry
CANCEL = "CANCEL"  # an emailed cancellation: the calendar app removes or strikes it out


def event_uid(event, domain=None):
    """The event's UID, the same for its translations and on every file and feed."""
    pk = getattr(event, "shared_event_id", None) or event.bookable_event.pk
    return f"event-{pk}@{domain or site_domain(event.get_site())}"


def event_sequence(event):
    if hasattr(event, "shared_sequence"):  # EventPage.with_listing_data
        return event.shared_sequence or 0
    seats = event.shared_seats
    return seats.sequence if seats else 0


def new_calendar(method=None):
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Act Against Trafficking//Events//EN")
    calendar.add("version", "2.0")
    if method:
        calendar.add("method", method)
    return calendar


def finish(calendar):
    """Add the VTIMEZONE of every zone the events use and return the file as bytes.

    Each VTIMEZONE is built from zoneinfo for the years the events span (from the year before
    the first to two after the last): short, the same for the same events (so cacheable), and
    free of the 1968-71 British Standard Time oddity that some parsers (dateutil, so vobject)
    misread as a year-round offset when a zone is generated from 1970.
    """
    events = calendar.walk("VEVENT")
    if events:
        first = min(item["dtstart"].dt for item in events).date()
        last = max(item["dtend"].dt for item in events).date()
        tzids = sorted(
            {item[name].params["TZID"] for item in events for name in ("dtstart", "dtend")}
        )
        for tzid in reversed(tzids):
            calendar.subcomponents.insert(
                0,
                icalendar.Timezone.from_tzid(
                    tzid,
                    first_date=date(first.year - 1, 1, 1),
                    last_date=date(last.year + 3, 1, 1),
                ),
            )
    return calendar.to_ical()


def event_component(event, *, booking=None, method=None, request=None, domain=None):
    """One VEVENT for ``event``. With ``booking`` (its holder's own file) and the booking
    confirmed, it adds the online join link and names the holder as the attendee.
    (``request`` and ``domain`` spare a feed of many events a query each.)"""
    zone = timezone.get_default_timezone()
    cancelled = event.is_cancelled or method == CANCEL
    item = icalendar.Event()
    item.add("uid", event_uid(event, domain))
    item.add("dtstamp", timezone.now())
    item.add("sequence", event_sequence(event))
    item.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    item.add("dtstart", timezone.localtime(event.starts_at, zone))
    item.add("dtend", timezone.localtime(event.ends_at, zone))
    item.add("summary", event.title)
    join_url = (
        event.online_url
        if booking is not None and booking.status == booking.Status.CONFIRMED and not cancelled
        else ""
    )
    venue = ", ".join(
        part for part in (event.venue_name, event.venue_address.replace("\n", ", ")) if part
    )
    item.add("location", venue or join_url or gettext("Online"))
    url = event.get_full_url(request)
    description = [event.summary, url]
    if join_url:
        description.append(gettext("Join online:") + " " + join_url)
    item.add("description", "\n\n".join(description))
    item.add("url", url)
    if method:
        # RFC 5546 asks an invitation to name its organiser and attendee: the booker's own
        # address, in the booker's own email; never in a public file.
        item.add("organizer", f"mailto:{parseaddr(settings.DEFAULT_FROM_EMAIL)[1]}")
        if booking is not None and booking.email:
            attendee = icalendar.vCalAddress(f"mailto:{booking.email}")
            attendee.params["PARTSTAT"] = "DECLINED" if method == CANCEL else "ACCEPTED"
            attendee.params["RSVP"] = "FALSE"
            item.add("attendee", attendee)
    return item


def events_feed(events, name, request):
    """An iCalendar subscription (``/events/feed.ics``): public files of ``events``, named
    ``name`` in calendar apps, which fetch it again every few hours."""
    domain = site_domain(Site.find_for_request(request))
    calendar = new_calendar()
    calendar.add("x-wr-calname", name)
    calendar.add("refresh-interval", timedelta(hours=6), parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", "PT6H")
    for event in events:
        calendar.add_component(event_component(event, request=request, domain=domain))
    return finish(calendar)


def event_calendar(event, request=None, *, booking=None, method=None):
    """An iCalendar file with one VEVENT for ``event``, as bytes.

    Without ``booking`` it is the public file: the same for everyone, cacheable. ``method``
    (``REQUEST`` or ``CANCEL``) makes it an emailed invitation or cancellation.
    """
    calendar = new_calendar(method)
    calendar.add_component(event_component(event, booking=booking, method=method))
    return finish(calendar)
