"""Admin home panels for each role. Each costs a fixed number of queries.

Coordinators see open printed-pack requests and this month's top downloads (Wagtail's own
"Awaiting your review" panel lists the pages waiting for their approval); organisers see their
upcoming events with places booked and people waiting.
"""

from django.db.models import Count, Q
from django.utils import timezone

from wagtail.admin.ui.components import Component

from campaigns.downloads import top_downloads
from campaigns.events.access import manageable_events
from campaigns.models import Booking, PackRequest

PANEL_ROWS = 5


class CoordinatorPanel(Component):
    name = "coordinator"
    template_name = "campaigns/admin/dashboard/coordinator.html"
    order = 150

    def get_context_data(self, parent_context):
        open_requests = PackRequest.objects.filter(
            status__in=[PackRequest.Status.REQUESTED, PackRequest.Status.APPROVED]
        ).select_related("workplace_setting")
        return {
            "open_requests": list(open_requests.order_by("created_at")[:PANEL_ROWS]),
            "open_count": open_requests.count(),
            "downloads": list(top_downloads(limit=PANEL_ROWS)),
        }


class OrganiserPanel(Component):
    name = "organiser"
    template_name = "campaigns/admin/dashboard/organiser.html"
    order = 160

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        events = (
            manageable_events(self.user)
            .filter(ends_at__gte=timezone.now())
            .select_related("seats")
            .annotate(
                waiting=Count("bookings", filter=Q(bookings__status=Booking.Status.WAITLISTED))
            )
            .order_by("starts_at")
        )
        return {"events": list(events[:PANEL_ROWS])}


def panels_for(user):
    """The role panels this user should see on the admin home page."""
    panels = []
    if user.has_perm("campaigns.change_packrequest"):
        panels.append(CoordinatorPanel())
    if user.is_superuser or user.has_perm("campaigns.view_booking"):
        panels.append(OrganiserPanel(user))
    return panels
