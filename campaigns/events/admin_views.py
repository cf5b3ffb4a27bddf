"""Organisers' admin for bookings: their events, attendee and waiting lists, CSV export,
check-in at the door, and cancelling a booking or the whole event.

Thin views: who may see what is ``campaigns.events.access``; the rules are
``campaigns.events.bookings``.
Every look at, export or cancellation of someone's booking is recorded in the personal-data
audit trail (``actsite.access_log``, superusers only); cancelling the whole event goes to the
event's own history.
"""

import csv

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q, Sum
from django.http import Http404, HttpResponse, JsonResponse
from django.http.request import RawPostDataException
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from wagtail.log_actions import log

from actsite.access_log import record_access
from actsite.bad_requests import plausible_id
from campaigns.events import bookings, ticket_scans, tickets
from campaigns.events.access import can_use_bookings, event_for, manageable_events
from campaigns.events.emails import undelivered_for
from campaigns.models import Booking

CHECK_IN_RESULTS = 50


def event_list(request):
    if not can_use_bookings(request.user):
        raise PermissionDenied
    past = request.GET.get("when") == "past"
    now = timezone.now()
    events = manageable_events(request.user).select_related("seats")
    events = (
        events.filter(ends_at__lt=now).order_by("-starts_at")
        if past
        else events.filter(ends_at__gte=now).order_by("starts_at")
    )
    events = events.annotate(
        waiting=Count("bookings", filter=Q(bookings__status=Booking.Status.WAITLISTED)),
        attended=Sum("bookings__places", filter=Q(bookings__attended_at__isnull=False)),
    )
    return TemplateResponse(
        request,
        "campaigns/admin/event_list.html",
        {"events": events[:200], "past": past, "page_title": "Events and bookings"},
    )


def attendees(request, pk):
    event = event_for(request.user, pk)
    active = list(event.bookings.filter(status__in=Booking.ACTIVE_STATUSES))
    # Who was booked when the event was cancelled (cancel_event stamps them with its time).
    cancelled_with_event = (
        list(
            event.bookings.filter(
                status=Booking.Status.CANCELLED, cancelled_at=event.seats.cancelled_at
            )
        )
        if event.is_cancelled
        else []
    )
    record_access(event, action="campaigns.bookings_viewed", user=request.user)
    return TemplateResponse(
        request,
        "campaigns/admin/attendees.html",
        {
            "event": event,
            "confirmed": [b for b in active if b.status == Booking.Status.CONFIRMED],
            "waiting": [b for b in active if b.status == Booking.Status.WAITLISTED],
            "cancelled_count": event.bookings.filter(status=Booking.Status.CANCELLED).count(),
            "cancelled_with_event": cancelled_with_event,
            "read_only": bookings.is_read_only(event),
            "undelivered": list(undelivered_for(event)),
            "page_title": f"Bookings: {event.title}",
        },
    )


def _csv_safe(value):
    """Keep spreadsheet programs from running a cell as a formula (CSV injection)."""
    text = str(value)
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def export_csv(request, pk):
    event = event_for(request.user, pk)
    record_access(event, action="campaigns.bookings_exported", user=request.user)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{event.slug}-bookings.csv"'
    response["Cache-Control"] = "private, no-store"
    writer = csv.writer(response)
    writer.writerow(
        [
            "Reference",
            "Status",
            "Name",
            "Email",
            "Organisation",
            "Places",
            "Access requirements",
            "Booked at",
            "Attended at",
        ]
    )
    for booking in event.bookings.filter(status__in=Booking.ACTIVE_STATUSES):
        writer.writerow(
            _csv_safe(value)
            for value in (
                booking.reference,
                booking.get_status_display(),
                booking.name,
                booking.email,
                booking.organisation,
                booking.places,
                booking.access_requirements,
                timezone.localtime(booking.created_at).strftime("%Y-%m-%d %H:%M"),
                timezone.localtime(booking.attended_at).strftime("%Y-%m-%d %H:%M")
                if booking.attended_at
                else "",
            )
        )
    return response


def check_in(request, pk):
    """At the door: find a booking by name or reference and mark it attended. Works on a phone
    and without JavaScript."""
    event = event_for(request.user, pk)
    query = request.GET.get("q", "").strip()
    if request.method == "POST" and "walk_in" in request.POST:
        return _add_walk_in(request, event)
    if request.method == "POST" and "ticket" in request.POST:
        return _scan_ticket(request, event)
    if request.method == "POST":
        wanted = request.POST.get("booking", "")
        if not plausible_id(wanted):
            raise Http404("No such booking.")
        booking = get_object_or_404(event.bookings, pk=wanted)
        attended = request.POST.get("attended") == "1"
        try:
            bookings.check_in(booking, attended=attended)
        except bookings.BookingError as error:
            messages.error(request, str(error))
        else:
            state = "checked in" if attended else "no longer checked in"
            messages.success(request, f"{booking.name} ({booking.reference}) is {state}.")
        query = request.POST.get("q", "")
        url = reverse("event_check_in", args=[event.pk])
        return redirect(f"{url}?q={query}" if query else url)
    return _check_in_page(request, _check_in_context(event, query))


def _check_in_page(request, context, status=200):
    response = TemplateResponse(request, "campaigns/admin/check_in.html", context, status=status)
    # The door's phone scans tickets with its camera: this page (only) may use it.
    response["Permissions-Policy"] = settings.PERMISSIONS_POLICY.replace(
        "camera=()", "camera=(self)"
    )
    return response


def _scan_ticket(request, event):
    """A ticket's code, scanned (by the page's script) or typed: check it in, or say loudly
    why not. Answered on the page itself, so the next scan follows at once."""
    try:
        result = ticket_scans.scan(event, request.POST.get("ticket", ""))
    except bookings.BookingError as error:
        result = ticket_scans.Scan("closed", str(error))
    return _check_in_page(
        request,
        {**_check_in_context(event, ""), "scan": result},
        status=200 if result.ok else 409,
    )


@require_POST
def read_ticket(request, pk):
    """A camera frame (the request body, an image) from the check-in page's script, where the
    browser cannot read QR codes itself: ``{"code": "…"}``, or ``{"code": null}``."""
    event_for(request.user, pk)
    try:
        frame = request.body
    except RawPostDataException:  # sent as a form (multipart), not as the image itself
        upload = request.FILES.get("frame")
        frame = upload.read(tickets.MAX_FRAME_BYTES + 1) if upload else b""
    return JsonResponse({"code": tickets.read_code(frame)})


def _check_in_context(event, query):
    confirmed = event.bookings.filter(status=Booking.Status.CONFIRMED).order_by("name")
    if query:
        confirmed = confirmed.filter(Q(name__icontains=query) | Q(reference__iexact=query))
    totals = event.bookings.filter(status=Booking.Status.CONFIRMED).aggregate(
        booked=Sum("places"), arrived=Sum("places", filter=Q(attended_at__isnull=False))
    )
    return {
        "event": event,
        "query": query,
        "results": confirmed[:CHECK_IN_RESULTS],
        "places": totals["booked"] or 0,
        "arrived": totals["arrived"] or 0,
        "places_left": event.places_left,
        "walk_in": {"name": "", "places": "1"},
        "read_url": reverse("event_read_ticket", args=[event.pk]),
        "page_title": f"Check-in: {event.title}",
    }


def _add_walk_in(request, event):
    """Someone at the door without a booking: their name, and places if free."""
    name = request.POST.get("walk_in", "")
    places = request.POST.get("places", "1")
    try:
        booking = bookings.add_walk_in(
            event, name=name, places=int(places) if places.isdigit() else 0
        )
    except bookings.BookingError as error:
        messages.error(request, f"Walk-in not added: {error}")
        return TemplateResponse(
            request,
            "campaigns/admin/check_in.html",
            {**_check_in_context(event, ""), "walk_in": {"name": name, "places": places}},
            status=409 if isinstance(error, bookings.EventFull) else 400,
        )
    messages.success(
        request, f"{booking.name} ({booking.reference}) added as a walk-in and checked in."
    )
    return redirect("event_check_in", event.pk)


@require_http_methods(["GET", "POST"])
def cancel_booking(request, pk, booking_pk):
    """Asks first (GET, or a POST without ``confirm=yes``); cancels on the confirmed POST."""
    event = event_for(request.user, pk)
    booking = get_object_or_404(event.bookings, pk=booking_pk)
    if request.method != "POST" or request.POST.get("confirm") != "yes":
        return TemplateResponse(
            request,
            "campaigns/admin/cancel_booking.html",
            {
                "event": event,
                "booking": booking,
                "read_only": bookings.is_read_only(event),
                "page_title": f"Cancel booking {booking.reference}",
            },
        )
    try:
        bookings.cancel_booking(booking, by_organiser=True)
    except bookings.BookingError as error:
        messages.error(request, str(error))
        return redirect("event_attendees", pk=event.pk)
    record_access(
        event,
        action="campaigns.booking_cancelled",
        user=request.user,
        data={"reference": booking.reference},
    )
    messages.success(request, f"Booking {booking.reference} is cancelled and they have been told.")
    return redirect("event_attendees", pk=event.pk)


def cancel_event(request, pk):
    event = event_for(request.user, pk)
    if request.method == "POST":
        try:
            count = bookings.cancel_event(event)
        except bookings.BookingError as error:
            messages.error(request, str(error))
            return redirect("event_attendees", pk=event.pk)
        log(instance=event, action="campaigns.event_cancelled", user=request.user)
        messages.success(request, f"{event.title} is cancelled. {count} people are being emailed.")
        return redirect("event_attendees", pk=event.pk)
    return TemplateResponse(
        request,
        "campaigns/admin/cancel_event.html",
        {"event": event, "page_title": f"Cancel {event.title}"},
    )
