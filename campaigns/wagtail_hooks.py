"""Campaigns' sections on the workplace setting hubs, and their admin views."""

from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.log_actions import LogFormatter

from actsite import roles
from actsite.hub_sections import HubSection, index_page_url
from actsite.localized import localized_objects, localized_pages
from actsite.page_queries import public_pages
from actsite.personal_data import PERSONAL_DATA_HOOK
from campaigns import personal_data
from campaigns.admin_views.dashboard import panels_for
from campaigns.admin_views.downloads import DownloadReportView
from campaigns.events import admin_views as views
from campaigns.events.access import can_use_bookings
from campaigns.events.attendee_messages import ACTION as ACTION_MESSAGED
from campaigns.events.message_views import message_attendees
from campaigns.events.permissions import may_choose_organisers
from campaigns.models import (
    CampaignIndexPage,
    CampaignPage,
    EventIndexPage,
    EventPage,
    ResourceIndexPage,
    ResourcePage,
)
from campaigns.packs.admin_views import PackRequestViewSet

HUB_ITEMS = 6


def _setting_section(
    hub_page, request, title, template, page_model, index_model, ordering, **filters
):
    """Up to HUB_ITEMS live pages of ``page_model`` tagged with the hub's setting, with a link
    to the index filtered by that setting."""
    # In the visitor's language: an alias hub still points at the English setting.
    setting = localized_objects([hub_page.workplace_setting])[0]
    pages = localized_pages(public_pages(page_model.objects.live(), request)).filter(
        workplace_settings__translation_key=setting.translation_key, **filters
    )
    items = page_model.with_listing_data(pages.order_by(ordering))[:HUB_ITEMS]
    index_url = index_page_url(hub_page, index_model, request)
    more_url = f"{index_url}?setting={setting.slug}" if index_url else ""
    return HubSection(title, template, items, more_url=more_url)


@hooks.register("setting_hub_sections")
def campaigns_section(hub_page, request):
    return _setting_section(
        hub_page,
        request,
        _("Campaigns"),
        "components/campaign_list.html",
        CampaignPage,
        CampaignIndexPage,
        "-first_published_at",
    )


@hooks.register("setting_hub_sections")
def resources_section(hub_page, request):
    return _setting_section(
        hub_page,
        request,
        _("Posters and flyers"),
        "components/resource_list.html",
        ResourcePage,
        ResourceIndexPage,
        "title",
    )


@hooks.register("setting_hub_sections")
def venue_toolkit_section(hub_page, request):
    """A link to the venue toolkit with this hub's setting chosen."""

    setting = localized_objects([hub_page.workplace_setting])[0]
    url = f"{reverse('venue_toolkit')}?setting={setting.slug}"
    return HubSection(
        _("Venue toolkit"), "components/venue_toolkit_link.html", [], extra={"url": url}
    )


@hooks.register("setting_hub_sections")
def events_section(hub_page, request):
    return _setting_section(
        hub_page,
        request,
        _("Upcoming events"),
        "components/event_list.html",
        EventPage,
        EventIndexPage,
        "starts_at",
        ends_at__gte=timezone.now(),
    )


@hooks.register("register_admin_viewset")
def register_pack_requests():
    return PackRequestViewSet("pack_requests")


@hooks.register("register_admin_urls")
def register_download_report():
    return [
        path("reports/downloads/", DownloadReportView.as_view(), name="download_report"),
        path(
            "reports/downloads/results/",
            DownloadReportView.as_view(results_only=True),
            name="download_report_results",
        ),
    ]


class DownloadsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("campaigns.view_downloadcount")


@hooks.register("register_reports_menu_item")
def download_report_menu_item():
    return DownloadsMenuItem(
        "Downloads and scans", reverse("download_report"), icon_name="download", order=700
    )


@hooks.register("register_admin_urls")
def register_event_booking_urls():
    return [
        path("events/", views.event_list, name="event_bookings"),
        path("events/<int:pk>/", views.attendees, name="event_attendees"),
        path("events/<int:pk>/bookings.csv", views.export_csv, name="event_bookings_csv"),
        path("events/<int:pk>/check-in/", views.check_in, name="event_check_in"),
        path("events/<int:pk>/check-in/read/", views.read_ticket, name="event_read_ticket"),
        path("events/<int:pk>/cancel/", views.cancel_event, name="event_cancel"),
        path("events/<int:pk>/message/", message_attendees, name="event_message"),
        path(
            "events/<int:pk>/bookings/<int:booking_pk>/cancel/",
            views.cancel_booking,
            name="event_booking_cancel",
        ),
    ]


class BookingsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_use_bookings(request.user)


@hooks.register("register_admin_menu_item")
def event_bookings_menu_item():
    return BookingsMenuItem("Bookings", reverse("event_bookings"), icon_name="date", order=250)


@hooks.register("construct_explorer_page_queryset")
def only_my_events(parent_page, pages, request):
    """Organisers see in the page explorer only the events they may edit."""

    if parent_page.specific_class is EventIndexPage and not may_choose_organisers(request.user):
        others = EventPage.objects.exclude(organiser=request.user).values("pk")
        pages = pages.exclude(pk__in=others)
    return pages


@hooks.register("register_log_actions")
def booking_log_actions(actions):
    """Who looked at, exported or changed bookings: personal data is never in the entry."""
    actions.register_action(
        "campaigns.bookings_viewed", "View bookings", "Viewed the attendee list"
    )
    actions.register_action(
        "campaigns.bookings_exported", "Export bookings", "Exported the bookings as CSV"
    )
    actions.register_action("campaigns.booking_cancelled", "Cancel booking", "Cancelled a booking")
    actions.register_action(
        "campaigns.event_cancelled", "Cancel event", "Cancelled the event and its bookings"
    )
    actions.register_action(
        "campaigns.pack_request_viewed", "View request", "Viewed the contact details"
    )

    @actions.register_action(ACTION_MESSAGED)
    class AttendeesMessaged(LogFormatter):
        label = "Message attendees"

        def format_message(self, log_entry):
            data = log_entry.data or {}
            return (
                f"Wrote to {data.get('recipients', 0)} confirmed attendees: "
                f"“{data.get('subject', '')}”"
            )


@hooks.register("construct_homepage_panels")
def role_dashboard_panels(request, panels):
    panels.extend(panels_for(request.user))


@hooks.register(PERSONAL_DATA_HOOK)
def personal_data_part():
    """What campaigns hold about a person, for export, erasure and retention."""
    return personal_data


_DRAFT = ["add_page", "change_page"]
_PUBLISH = ["add_page", "change_page", "publish_page", "unlock_page"]


@hooks.register(roles.ROLE_PAGES_HOOK)
def role_pages():
    """Volunteers draft campaigns and posters, coordinators approve them; organisers publish
    events, and coordinators may hand an event to its organiser."""
    return {
        "campaigns.campaignindexpage": {
            "permissions": {roles.VOLUNTEERS: _DRAFT, roles.COORDINATORS: _PUBLISH},
            "approval": True,
        },
        "campaigns.resourceindexpage": {
            "permissions": {roles.VOLUNTEERS: _DRAFT, roles.COORDINATORS: _PUBLISH},
            "approval": True,
        },
        "campaigns.eventindexpage": {
            "permissions": {
                roles.ORGANISERS: _PUBLISH,
                roles.COORDINATORS: ["change_page", "publish_page"],
            },
        },
    }
