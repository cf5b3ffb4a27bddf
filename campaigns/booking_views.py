"""Booking places, seeing a booking and cancelling it. Thin: the rules live in bookings.py."""

from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from actsite.localized import localized_objects
from actsite.rate_limits import over_limit
from campaigns import bookings
from campaigns.booking_emails import booking_from_token
from campaigns.forms import BookingForm

BOOKINGS_PER_HOUR = 10


def booking_form_view(event, request):
    """``/events/<slug>/book/``: the form (GET) and booking (POST). Never cached."""
    full = event.places_left == 0 or bookings.someone_waiting(event.bookable_event)
    form = BookingForm(event=event, initial={"waitlist": full})
    status = 200
    if request.method == "POST":
        form = BookingForm(request.POST, event=event)
        if form.is_bot:
            return redirect(event.get_url(request))
        if over_limit(request, "booking", BOOKINGS_PER_HOUR, 3600):
            form.add_error(
                None, _("Too many bookings from your connection. Please try again later.")
            )
            status = 429
        elif form.is_valid():
            data = form.cleaned_data
            try:
                bookings.book(
                    event.bookable_event,
                    name=data["name"],
                    email=data["email"],
                    places=data["places"],
                    organisation=data["organisation"],
                    access_requirements=data["access_requirements"],
                    waitlist=data["waitlist"],
                )
            except bookings.AlreadyBooked:
                # Answered as a new booking is: nobody learns whether an address has booked.
                return redirect("booking_received")
            except bookings.EventFull as error:
                form.add_error(
                    None, _("%(error)s You can join the waiting list instead.") % {"error": error}
                )
                form.data = form.data.copy()
                form.data["waitlist"] = "True"
                full, status = True, 409
            except bookings.BookingError as error:
                form.add_error(None, str(error))
                status = 503 if isinstance(error, bookings.StoreBusy) else 400
            else:
                return redirect("booking_received")
        else:
            status = 400
    return TemplateResponse(
        request,
        "campaigns/event_booking_page.html",
        {**event.get_context(request), "form": form, "full": full},
        status=status,
    )


def booking_received(request):
    """Where every accepted booking form lands, new or not: the details (and the link to see
    or cancel) go by email, so the page says the same whether the address had booked before."""
    return TemplateResponse(
        request, "campaigns/booking_received.html", {"page_title": _("Check your email")}
    )


@require_http_methods(["GET", "POST"])
def manage_booking(request, token):
    """A person's own booking, reached by the signed link: status, waiting position, cancel.

    Cancelling takes two steps, without JavaScript: the first POST asks "are you sure?", and
    only a POST with ``confirm=yes`` cancels."""
    booking = booking_from_token(token)
    if booking is None:
        raise Http404(_("This booking link is not valid."))
    cancelled_now = confirming = too_late = False
    if request.method == "POST" and booking.is_active:
        if not booking.can_self_cancel:
            too_late = True
        elif request.POST.get("confirm") == "yes":
            booking = bookings.cancel_booking(booking)
            cancelled_now = True
        else:
            confirming = True
    response = TemplateResponse(
        request,
        "campaigns/manage_booking.html",
        {
            "booking": booking,
            "event": localized_objects([booking.event])[0],
            "position": bookings.waiting_list_position(booking),
            "cancelled_now": cancelled_now,
            "confirming": confirming,
            "too_late": too_late,
            "page_title": _("Your booking"),
        },
        status=400 if too_late else 200,
    )
    response["Cache-Control"] = "private, no-store"
    # The link holds the token: never send it to another site. ("no-referrer" would make
    # browsers send "Origin: null" with the cancel form, which CSRF protection refuses.)
    response["Referrer-Policy"] = "same-origin"
    return response
