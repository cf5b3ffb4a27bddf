"""After booking: the "check your email" page, and a person's own booking by its signed link
(seeing it, cancelling it). The booking form is the event page's ``book/`` route. Thin: the rules
live in ``campaigns.events.bookings``."""

from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from actsite.localized import localized_objects
from campaigns.events import bookings, tickets
from campaigns.events.emails import booking_from_token


def booking_received(request):
    """Where every accepted booking form lands, new or not: the details (and the link to see
    or cancel) go by email, so the page says the same whether the address had booked before."""
    return TemplateResponse(
        request, "campaigns/booking_received.html", {"page_title": _("Check your email")}
    )


def ticket_svg(booking):
    """The QR code of a confirmed booking's reference, to show at the door."""
    if booking.status != booking.Status.CONFIRMED or booking.event.has_ended:
        return ""
    title = _("Ticket %(reference)s") % {"reference": booking.reference}
    return mark_safe(tickets.qr_svg(booking.reference, title))  # noqa: S308 - segno's own SVG


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
            "ticket_qr": ticket_svg(booking),
            "page_title": _("Your booking"),
        },
        status=400 if too_late else 200,
    )
    response["Cache-Control"] = "private, no-store"
    # The link holds the token: never send it to another site. ("no-referrer" would make
    # browsers send "Origin: null" with the cancel form, which CSRF protection refuses.)
    response["Referrer-Policy"] = "same-origin"
    return response
