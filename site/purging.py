"""Purge the HTTP cache in front of the site (nginx, a CDN) when what a page shows changes.

Public pages are kept by shared caches (``actsite.cache_headers``); Wagtail's frontend cache
(``WAGTAILFRONTENDCACHE``) removes them by address, in a background task. Wagtail purges a page
it publishes; this module adds everything else that shows it:

- a page published, unpublished, moved or deleted: the page in every language, the index it is
  listed on (its parent), the setting hubs of its workplace settings, the home page, and any
  page it names itself with ``listed_on()`` (an event's campaign page);
- places booked or given back: the same, for the event (``purge_page_and_listings``);
- a public snippet or setting changed (helplines, workplace settings, the footer): every page.
  Apps name their public snippets with the ``register_public_content_models`` hook.

Index pages name their filtered addresses with ``get_cached_paths()`` so those are purged too;
other addresses with a query string are kept only briefly.
"""

from django.conf import settings
from django.db import transaction

from wagtail import hooks
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page

PUBLIC_CONTENT_HOOK = "register_public_content_models"


def purging_enabled():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def public_content_models():
    """Models (snippets, settings) shown on every public page, as the apps' hooks name them."""
    return {model for hook in hooks.get_hooks(PUBLIC_CONTENT_HOOK) for model in hook()}


def pages_showing(page):
    """``page`` and the pages that list it, each in every language it is live in."""
    from actsite.models import SettingHubPage  # noqa: PLC0415 - the models import this module

    page = page.specific_deferred
    shown = [page, *page.get_ancestors().filter(depth__gt=1)]
    if hasattr(page, "listed_on"):
        shown += [listing for listing in page.listed_on() if listing is not None]
    keys = {other.translation_key for other in shown}
    if hasattr(page, "workplace_settings"):
        hubs = SettingHubPage.objects.filter(
            workplace_setting__translation_key__in=page.workplace_settings.values_list(
                "translation_key", flat=True
            )
        )
        keys.update(hubs.values_list("translation_key", flat=True))
    # Not only live ones: an unpublished page's address must be purged too.
    return Page.objects.filter(translation_key__in=keys).specific()


def _purge_on_commit(pages):
    """Addresses are worked out now (a deleted page has none after), purged after commit."""
    batch = PurgeBatch()
    batch.add_pages(pages)
    transaction.on_commit(batch.purge)


def purge_page_and_listings(page):
    """Once this transaction commits, purge ``page`` and every page that lists it."""
    if purging_enabled():
        _purge_on_commit(pages_showing(page))


def purge_everything():
    """Once this transaction commits, purge every live page (a snippet on every page changed).
    Working out every page's addresses takes a while on a big site: a background task does it
    (``actsite.tasks.purge_all_pages``), so the editor who saved a helpline does not wait."""
    if purging_enabled():
        transaction.on_commit(enqueue_purge_all)


def enqueue_purge_all():
    from actsite.tasks import purge_all_pages  # noqa: PLC0415 - tasks imports this module

    purge_all_pages.enqueue()


def purge_all_now():
    """Purge every live page's addresses now (the task's body)."""
    batch = PurgeBatch()
    batch.add_pages(Page.objects.live().filter(depth__gt=1).specific())
    batch.purge()


class ListingPurgeMixin:
    """For index pages filtered by ``?setting=``: those addresses, and the index's feeds, are
    purged with the index."""

    def get_cached_paths(self):
        from actsite.models import WorkplaceSetting  # noqa: PLC0415 - the models import this module

        slugs = WorkplaceSetting.objects.values_list("slug", flat=True).distinct()
        # Its feeds (``feeds``: <index>/feed.rss and the like), filtered the same ways.
        paths = ["/", *(f"/feed.{kind}" for kind, _type in getattr(self, "feeds", ()))]
        return [*paths, *(f"{path}?setting={slug}" for path in paths for slug in slugs)]
