"""An organiser writes to the confirmed attendees of their event (admin). Thin: the rules are
``campaigns.events.attendee_messages``; who may is ``campaigns.events.access``."""

from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_http_methods

from campaigns.events import attendee_messages
from campaigns.events.access import event_for
from campaigns.events.bookings import BookingError


@require_http_methods(["GET", "POST"])
def message_attendees(request, pk):
    event = event_for(request.user, pk)
    typed = {"subject": request.POST.get("subject", ""), "body": request.POST.get("body", "")}
    status = 200
    if request.method == "POST":
        try:
            message = attendee_messages.message_attendees(event, **typed, user=request.user)
        except BookingError as error:
            messages.error(request, str(error))
            status = 400
        else:
            count = message.emails.count()
            messages.success(
                request,
                f"“{message.subject}” is on its way to {count} attendee{'s' * (count != 1)}.",
            )
            return redirect("event_attendees", pk=event.pk)
    return TemplateResponse(
        request,
        "campaigns/admin/message_attendees.html",
        {
            "event": event,
            "typed": typed,
            "count": attendee_messages.recipients(event).count(),
            "sent": event.bookable_event.attendee_messages.all()[:20],
            "page_title": f"Write to the attendees of {event.title}",
        },
        status=status,
    )
