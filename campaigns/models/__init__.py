"""Campaign pages, the poster and flyer library, download counts."""

from .campaign_page import CampaignIndexPage, CampaignPage, CampaignPartner
from .download_count import DownloadCount
from .pack_request import PackRequest, PackRequestItem
from .resource import PaperSize, ResourceFile, ResourceKind, ResourcePage
from .resource_index import ResourceIndexPage

__all__ = [
    "CampaignIndexPage",
    "CampaignPage",
    "CampaignPartner",
    "DownloadCount",
    "PackRequest",
    "PackRequestItem",
    "PaperSize",
    "ResourceFile",
    "ResourceIndexPage",
    "ResourceKind",
    "ResourcePage",
]
