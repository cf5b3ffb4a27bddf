"""Campaigns' sections on the workplace setting hubs, and their admin views."""

from wagtail import hooks

from actsite.hub_sections import HubSection
from campaigns.admin_views.downloads import DownloadReportView
from campaigns.admin_views.pack_requests import PackRequestViewSet
from campaigns.models import CampaignIndexPage, CampaignPage, ResourceIndexPage, ResourcePage

HUB_ITEMS = 6


def _setting_section(hub_page, title, template, page_model, index_model, ordering):
    """Up to HUB_ITEMS live pages of ``page_model`` tagged with the hub's setting, with a link
    to the index filtered by that setting."""
    setting = hub_page.workplace_setting
    items = page_model.with_listing_data(
        page_model.objects.live().public().filter(workplace_settings=setting).order_by(ordering)
    )[:HUB_ITEMS]
    index = index_model.objects.live().filter(locale_id=hub_page.locale_id).first()
    more_url = f"{index.url}?setting={setting.slug}" if index else ""
    return HubSection(title, template, items, more_url=more_url)


@hooks.register("setting_hub_sections")
def campaigns_section(hub_page, request):
    return _setting_section(
        hub_page,
        "Campaigns",
        "components/campaign_list.html",
        CampaignPage,
        CampaignIndexPage,
        "-first_published_at",
    )


@hooks.register("setting_hub_sections")
def resources_section(hub_page, request):
    return _setting_section(
        hub_page,
        "Posters and flyers",
        "components/resource_list.html",
        ResourcePage,
        ResourceIndexPage,
        "title",
    )


@hooks.register("register_admin_viewset")
def register_pack_requests():
    return PackRequestViewSet("pack_requests")


@hooks.register("register_admin_urls")
def register_download_report():
    from django.urls import path

    return [
        path("reports/downloads/", DownloadReportView.as_view(), name="download_report"),
        path(
            "reports/downloads/results/",
            DownloadReportView.as_view(results_only=True),
            name="download_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def download_report_menu_item():
    from django.urls import reverse

    from wagtail.admin.menu import MenuItem

    return MenuItem("Downloads", reverse("download_report"), icon_name="download", order=700)
