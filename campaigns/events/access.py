"""Who may see and manage bookings: the event's organiser, and superusers.

Bookings hold personal data (names, emails, access requirements), so the rule is narrow: an
organiser needs the ``campaigns.view_booking`` permission (the Event organisers group has it)
*and* to be the organiser named on the event.
"""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404

from campaigns.models import EventPage


def can_use_bookings(user):
    """Whether the admin's Events menu is shown at all."""
    return user.is_superuser or user.has_perm("campaigns.view_booking")


def manageable_events(user):
    """The events whose bookings ``user`` may see (originals: translations share their bookings)."""
    events = EventPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    if user.is_superuser:
        return events
    if not user.has_perm("campaigns.view_booking"):
        return events.none()
    return events.filter(organiser=user)


def event_for(user, pk):
    """The event ``pk`` if ``user`` may manage its bookings: 404 if missing, 403 if not theirs."""
    event = get_object_or_404(EventPage.objects.select_related("seats"), pk=pk)
    if not manageable_events(user).filter(pk=pk).exists():
        raise PermissionDenied
    return event
