"""The header and footer of every public page, kept in the shared cache, one copy per language.

Every public page shows the main navigation, the footer helplines and the footer links. They
change rarely (an editor publishes a top-level page or edits a helpline), so they are read
from the cache instead of costing queries on every page, and dropped from it by the signal
handlers in ``actsite.signal_handlers`` whenever something they show changes.
FURNITURE_TIMEOUT bounds staleness where the cache is per process (no REDIS_URL).

Each is shown in the visitor's language: the translation where one exists, the English
original where it does not, so nothing disappears while volunteers are still translating.
"""

from django.conf import settings
from django.core.cache import cache
from django.utils import translation

from actsite.localized import localized_objects

FURNITURE_TIMEOUT = 300


def _language():
    return translation.get_language() or settings.LANGUAGE_CODE


def helplines_key(language):
    return f"furniture:footer-helplines:{language}"


def navigation_key(site_id, language):
    return f"furniture:navigation:{site_id}:{language}"


def links_key(site_id, language):
    return f"furniture:links:{site_id}:{language}"


def _originals(model):
    from wagtail.models import Locale

    return model._default_manager.filter(locale=Locale.get_default())


def footer_helplines():
    """Helplines shown in the footer, in their editors' order and the visitor's language."""
    from actsite.models import Helpline

    key = helplines_key(_language())
    helplines = cache.get(key)
    if helplines is None:
        helplines = localized_objects(_originals(Helpline).filter(show_in_footer=True))
        cache.set(key, helplines, FURNITURE_TIMEOUT)
    return helplines


def main_navigation(site):
    """The site's live top-level pages marked "show in menus"."""
    key = navigation_key(site.pk, _language())
    pages = cache.get(key)
    if pages is None:
        pages = localized_objects(site.root_page.get_children().live().in_menu().specific())
        cache.set(key, pages, FURNITURE_TIMEOUT)
    return pages


def footer_links(site, furniture):
    """The footer's pages ({"safety": page, "privacy": page}) in the visitor's language."""
    key = links_key(site.pk, _language())
    links = cache.get(key)
    if links is None:
        named = {
            name: page
            for name, page in (
                ("safety", furniture.safety_page),
                ("privacy", furniture.privacy_page),
            )
            if page is not None and page.live
        }
        links = dict(zip(named, localized_objects(named.values()), strict=True))
        cache.set(key, links, FURNITURE_TIMEOUT)
    return links


def _every_language():
    return [code for code, _name in settings.LANGUAGES]


def forget_helplines():
    cache.delete_many([helplines_key(language) for language in _every_language()])


def forget_navigation():
    from wagtail.models import Site

    cache.delete_many(
        [
            key(pk, language)
            for pk in Site.objects.values_list("pk", flat=True)
            for language in _every_language()
            for key in (navigation_key, links_key)
        ]
    )
