"""The header and footer of every public page, kept in the shared cache.

Every public page shows the main navigation and the footer helplines. They change rarely
(an editor publishes a top-level page or edits a helpline), so they are read from the
cache instead of costing two queries per page, and dropped from it by the signal handlers
in ``actsite.signal_handlers`` whenever something they show changes. FURNITURE_TIMEOUT
bounds staleness where the cache is per process (no REDIS_URL).
"""

from django.core.cache import cache

FURNITURE_TIMEOUT = 300
FOOTER_HELPLINES_KEY = "furniture:footer-helplines"


def navigation_key(site_id):
    return f"furniture:navigation:{site_id}"


def footer_helplines():
    """Helplines shown in the footer, in their editors' order."""
    from actsite.models import Helpline

    helplines = cache.get(FOOTER_HELPLINES_KEY)
    if helplines is None:
        helplines = list(Helpline.objects.filter(show_in_footer=True))
        cache.set(FOOTER_HELPLINES_KEY, helplines, FURNITURE_TIMEOUT)
    return helplines


def main_navigation(site):
    """The site's live top-level pages marked "show in menus"."""
    key = navigation_key(site.pk)
    pages = cache.get(key)
    if pages is None:
        pages = list(site.root_page.get_children().live().in_menu())
        cache.set(key, pages, FURNITURE_TIMEOUT)
    return pages


def forget_helplines():
    cache.delete(FOOTER_HELPLINES_KEY)


def forget_navigation():
    from wagtail.models import Site

    cache.delete_many([navigation_key(pk) for pk in Site.objects.values_list("pk", flat=True)])
