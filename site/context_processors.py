"""Template context every public page needs: navigation and the helplines."""

from functools import cached_property

from django.conf import settings
from django.utils.functional import SimpleLazyObject

from actsite.furniture_cache import footer_helplines, main_navigation


class HelplineDirectory:
    """The helplines shown in the footer, loaded (from the cache) the first time a template asks."""

    @cached_property
    def footer(self):
        return footer_helplines()

    @property
    def emergency(self):
        return [helpline for helpline in self.footer if helpline.is_emergency]


def _main_navigation(request):
    from wagtail.models import Site

    site = Site.find_for_request(request)
    if site is None:
        return []
    return main_navigation(site)


def site_furniture(request):
    """Lazy, so a response that never renders the footer never pays for its queries."""
    return {
        "helplines": HelplineDirectory(),
        "main_navigation": SimpleLazyObject(lambda: _main_navigation(request)),
        "QUICK_EXIT_URL": settings.QUICK_EXIT_URL,
        "SITE_NAME": settings.WAGTAIL_SITE_NAME,
    }
