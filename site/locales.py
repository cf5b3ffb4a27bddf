"""Wagtail's locales follow the languages the site is configured for (settings.LANGUAGES), and
every language's page tree follows the English one.

Each non-default locale "synchronises from" the default locale (wagtail-localize's
``LocaleSynchronization``): a page an editor creates in English gets an alias in every other
locale at once (wagtail-localize's ``after_create_page`` hook), kept in step with the English
page whenever it is published, until a volunteer translates it (the alias then becomes the
translation). So /cy/events/town-hall/ exists from the moment /events/town-hall/ does, showing
the English content in the Welsh frame (``actsite.fallback``).
"""

from django.conf import settings
from django.db.models.signals import post_save

from wagtail.models import Locale
from wagtail_localize.models import LocaleSynchronization, sync_trees_on_locale_sync_save
from wagtail_localize.synctree import PageIndex, synchronize_tree

from actsite.models import HomePage


def ensure_locales(**kwargs):
    """Create a Wagtail Locale for every configured language, synchronised from the default one.
    Idempotent; runs after migrate.

    On an install that has content (an upgrade, or a language just added to SITE_LANGUAGES), the
    pages that exist only in English get their aliases in the new locales here, so nobody has to
    remember a command. Removing a language from SITE_LANGUAGES leaves its locale (and its pages)
    in place: deleting content is an editor's decision, made in Settings > Locales.
    """

    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    if ensure_synchronisation():
        synchronise_page_trees()


def ensure_synchronisation():
    """Make every site language's locale synchronise from the default locale.

    Returns whether any locale was newly set up. The rows are created without wagtail-localize's
    ``post_save`` handler (which would copy the tree at once, on a database that may only hold
    Wagtail's welcome page); ``synchronise_page_trees`` does that when there is content.
    """

    default = Locale.get_default()
    codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    synchronised = set(LocaleSynchronization.objects.values_list("locale_id", flat=True))
    missing = [
        LocaleSynchronization(locale=locale, sync_from=default)
        for locale in Locale.objects.filter(language_code__in=codes).exclude(pk=default.pk)
        if locale.pk not in synchronised
    ]
    LocaleSynchronization.objects.bulk_create(missing)
    return bool(missing)


def synchronise_page_trees():
    """Give every page that exists in the default locale a version (its translation, or an
    alias of the English page) in every synchronised locale. Idempotent.

    Only where the site has content: Wagtail's welcome page of a fresh database is left alone.
    """

    if not HomePage.objects.filter(locale=Locale.get_default()).exists():
        return
    index = PageIndex.from_database().sort_by_tree_position()
    for sync in LocaleSynchronization.objects.select_related("locale", "sync_from"):
        synchronize_tree(sync.sync_from, sync.locale, page_index=index)


def not_when_loading_fixtures():
    """wagtail-localize copies the page tree whenever a ``LocaleSynchronization`` is saved, even
    while fixtures (or a test's serialised database) are loaded, before the locales it names
    exist. Copy only on real saves: loaded data already holds its aliases."""

    def sync_trees_unless_raw(sender, instance, raw=False, **kwargs):
        if not raw:
            sync_trees_on_locale_sync_save(sender=sender, instance=instance, **kwargs)

    post_save.disconnect(sync_trees_on_locale_sync_save, sender=LocaleSynchronization)
    post_save.connect(
        sync_trees_unless_raw,
        sender=LocaleSynchronization,
        weak=False,
        dispatch_uid="actsite.locales.sync_trees_unless_raw",
    )
