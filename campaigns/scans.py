"""The QR codes on posters and flyers: where they lead, and counting their scans anonymously.

Each printed file carries a code of its own short address, ``/r/<resource id>/<language>/``.
Scanning it counts one scan for that resource, language and month (``ScanCount``; nothing about
the person) and redirects to the poster's campaign page, or else its first workplace setting's
hub, or else the resource's own page, in the poster's language where the site is published in
it. The short address stays the same when pages move or are renamed, so printed codes keep
working.
"""

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from wagtail.models import Locale

from actsite.models import SettingHubPage
from actsite.public_urls import absolute_url
from campaigns.models import ResourcePage, ScanCount
from campaigns.monthly_counts import increment_monthly


def scan_path(resource_id, language):
    """The short path a poster's QR code holds, e.g. ``/r/12/pl/``."""
    return reverse("resource_scan", kwargs={"resource_id": resource_id, "language": language})


def scan_url(resource_id, language):
    """The absolute address a poster's QR code holds, on the public site's domain."""
    return absolute_url(scan_path(resource_id, language))


def site_language(language):
    """The site language a visitor scanning a ``language`` poster reads, else the default."""
    codes = {code.split("-")[0]: code for code, _name in settings.LANGUAGES}
    return codes.get(language, settings.LANGUAGE_CODE)


def landing_page(resource):
    """The page a resource's code leads to: its campaign, a setting hub, or itself."""

    if resource.campaign_id and resource.campaign.live:
        return resource.campaign
    setting = resource.workplace_settings.order_by("pk").first()
    if setting:
        hub = SettingHubPage.objects.live().filter(workplace_setting=setting).first()
        if hub:
            return hub
    return resource


def landing_url(resource, language):
    """The address of ``landing_page(resource)`` in the poster's ``language``."""

    page = landing_page(resource).specific
    code = site_language(language)
    locale = Locale.objects.filter(language_code=code).first()
    translated = page.get_translation_or_none(locale) if locale else None
    if translated and translated.live:
        page = translated
    with translation.override(code):
        return page.get_url()


def live_resource(resource_id):
    if not 0 < resource_id < 2**31:  # beyond any id: no query (SQLite cannot take it)
        return None
    return ResourcePage.objects.live().filter(pk=resource_id).first()


def record_scan(resource_id, language):
    """Count one scan of the code on ``resource_id``'s ``language`` file; returns the live
    resource, or None (nothing counted) for an unknown or unpublished one, or a language it
    has no file in."""
    resource = live_resource(resource_id)
    if resource is None or not resource.files.filter(language=language).exists():
        return None
    increment_monthly(ScanCount, resource.pk, language)
    return resource
