"""Template context every public page needs: navigation and the helplines."""

from functools import cached_property

from django.conf import settings
from django.utils.functional import SimpleLazyObject


class HelplineDirectory:
    """The helplines shown in the footer, loaded with one query the first time a template asks."""

    @cached_property
    def footer(self):
        from actsite.models import Helpline

        return list(Helpline.objects.filter(show_in_footer=True))

    @property
    def emergency(self):
        return [helpline for helpline in self.footer if helpline.is_emergency]


def _main_navigation(request):
    from wagtail.models import Site

    site = Site.find_for_request(request)
    if site is None:
        return []
    return list(site.root_page.get_children().live().in_menu())


def site_furniture(request):
    """Lazy, so a response that never renders the footer never pays for its queries."""
    return {
        "helplines": HelplineDirectory(),
        "main_navigation": SimpleLazyObject(lambda: _main_navigation(request)),
        "QUICK_EXIT_URL": settings.QUICK_EXIT_URL,
        "SITE_NAME": settings.WAGTAIL_SITE_NAME,
    }
