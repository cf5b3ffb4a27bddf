"""Template context every public page needs: navigation, helplines and footer links."""

from functools import cached_property

from django.conf import settings
from django.utils.functional import SimpleLazyObject

from wagtail.models import Site

from actsite.furniture import footer_helplines, footer_links, main_navigation
from actsite.localized import localized_objects
from actsite.models import SiteFurniture


class HelplineDirectory:
    """The helplines shown in the footer, loaded the first time a template asks."""

    def __init__(self, request):
        self.request = request

    @cached_property
    def footer(self):
        return footer_helplines()

    @property
    def emergency(self):
        return [helpline for helpline in self.footer if helpline.is_emergency]

    @cached_property
    def primary(self):
        """The header's helpline (Settings > Site furniture), in the visitor's language."""
        helpline = _furniture(self.request).primary_helpline
        if helpline is None:
            return None
        for shown in self.footer:
            if shown.translation_key == helpline.translation_key:
                return shown
        return localized_objects([helpline])[0]


def _site(request):
    return Site.find_for_request(request)


def _furniture(request):
    return SiteFurniture.for_request(request)


def _main_navigation(request):
    site = _site(request)
    return main_navigation(site) if site else []


def _footer_links(request):
    site = _site(request)
    return footer_links(_furniture(request)) if site else {}


def site_furniture(request):
    """Lazy, so a response that never renders the footer never pays for its queries."""
    return {
        "helplines": HelplineDirectory(request),
        "main_navigation": SimpleLazyObject(lambda: _main_navigation(request)),
        "footer_links": SimpleLazyObject(lambda: _footer_links(request)),
        "QUICK_EXIT_URL": settings.QUICK_EXIT_URL,
        "SITE_NAME": settings.WAGTAIL_SITE_NAME,
    }
