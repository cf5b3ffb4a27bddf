"""Campaign pages, the poster and flyer library, download and scan counts."""

from .booking import Booking
from .booking_email import BookingEmail
from .campaign_page import CampaignIndexPage, CampaignPage, CampaignPartner
from .download_count import DownloadCount
from .event import EventIndexPage, EventPage, EventSeats
from .pack_request import PackRequest, PackRequestEmail, PackRequestItem
from .resource import PaperSize, ResourceFile, ResourceKind, ResourcePage
from .resource_index import ResourceIndexPage
from .scan_count import ScanCount
from .venue_pack import VenuePack

__all__ = [
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
