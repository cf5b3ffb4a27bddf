"""The header and footer of every public page, in the visitor's language.

Every public page shows the main navigation, the footer helplines and the footer links, each in
the visitor's language where translated and in English where not, so nothing disappears while
volunteers are still translating. They cost a few small queries per render; whole pages are
kept by the HTTP cache in front of the site (see ``actsite.cache_headers``), not here.
"""

from django.conf import settings

from actsite.localized import localized_objects
from actsite.models import Helpline


def footer_helplines():
    """Helplines shown in the footer, in their editors' order and the visitor's language."""

    originals = Helpline.objects.filter(
        locale__language_code=settings.LANGUAGE_CODE, show_in_footer=True
    )
    return localized_objects(originals)


def main_navigation(site):
    """The site's live top-level pages marked "show in menus" (titles and addresses only)."""
    return localized_objects(site.root_page.get_children().live().in_menu(), specific=False)


def footer_links(furniture):
    """The footer's pages ({"safety": page, "privacy": page}) in the visitor's language."""
    named = {
        name: page
        for name, page in (("safety", furniture.safety_page), ("privacy", furniture.privacy_page))
        if page is not None and page.live
    }
    return dict(zip(named, localized_objects(named.values()), strict=True))
