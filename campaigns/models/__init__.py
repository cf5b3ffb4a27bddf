"""Every model of the campaigns app: campaign pages, the poster and flyer library and download
and scan counts live here; events and bookings in ``campaigns.events``, printed packs in
``campaigns.packs`` (imported here so that Django finds them)."""

from campaigns.events.models import (
    AttendeeMessage,
    AttendeeMessageEmail,
    Booking,
    BookingEmail,
    EventIndexPage,
    EventPage,
    EventSeats,
)
from campaigns.packs.models import PackRequest, PackRequestEmail, PackRequestItem

from .campaign_page import CampaignIndexPage, CampaignPage, CampaignPartner
from .download_count import DownloadCount
from .resource import PaperSize, ResourceFile, ResourceKind, ResourcePage
from .resource_index import ResourceIndexPage
from .scan_count import ScanCount
from .venue_pack import VenuePack

__all__ = [
    "AttendeeMessage",
    "AttendeeMessageEmail",
    "Booking",
    "BookingEmail",
    "EventIndexPage",
    "EventPage",
    "EventSeats",
    "CampaignIndexPage",
    "CampaignPage",
    "CampaignPartner",
    "DownloadCount",
    "PackRequest",
    "PackRequestEmail",
    "PackRequestItem",
    "PaperSize",
    "ResourceFile",
    "ResourceIndexPage",
    "ResourceKind",
    "ResourcePage",
    "ScanCount",
    "VenuePack",
]
