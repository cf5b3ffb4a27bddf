"""Subscriptions to what an index lists: RSS and Atom for campaigns and events (Django's
syndication framework), and an iCalendar feed of upcoming events.

Each is the index's address with ``feed.rss``, ``feed.atom`` or (events) ``feed.ics`` after
it, in every language (``/pl/events/feed.ics``), and takes the index's ``?setting=``. They list
what the index lists, in the same order, through ``FilteredListingMixin.listed_pages``.
"""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import Http404, HttpResponse
from django.urls import re_path
from django.utils.feedgenerator import Atom1Feed
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from wagtail.models import Site

from campaigns.events.calendar import events_feed

FEED_ITEMS = 50


class IndexFeed(Feed):
    """The pages an index lists, newest or soonest first, as RSS 2.0."""

    def get_object(self, request, index):
        self.request = request
        return index

    def title(self, index):
        return f"{index.title} – {settings.WAGTAIL_SITE_NAME}"

    def link(self, index):
        return index.full_url

    def description(self, index):
        return index.intro or index.search_description or index.title

    def items(self, index):
        return index.listed_pages(self.request)[:FEED_ITEMS]

    def item_title(self, page):
        return page.title

    def item_description(self, page):
        if hasattr(page, "starts_at"):  # an event
            when = date_format(page.starts_at, "l j E Y, H:i")
            where = page.venue_name or _("Online")
            return f"{when}. {where}. {page.summary}"
        return page.summary

    def item_link(self, page):
        return page.full_url

    def item_pubdate(self, page):
        return page.first_published_at


class IndexAtomFeed(IndexFeed):
    feed_type = Atom1Feed
    subtitle = IndexFeed.description


def calendar_feed(request, index):
    """Upcoming events as an iCalendar subscription (never a join link or a booker)."""
    name = f"{index.title} – {settings.WAGTAIL_SITE_NAME}"
    events = index.listed_pages(request)[:FEED_ITEMS]
    response = HttpResponse(events_feed(events, name, request), content_type="text/calendar")
    response["Content-Disposition"] = 'inline; filename="events.ics"'
    return response


RENDER = {"rss": IndexFeed(), "atom": IndexAtomFeed(), "ics": calendar_feed}


def serve_feed(request, index_path, kind):
    """``<index>/feed.<kind>``: find the index as Wagtail would (in the request's language)."""
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    components = [part for part in index_path.split("/") if part]
    index = site.root_page.localized.specific.route(request, components).page.specific
    if kind not in dict(getattr(index, "feeds", ())) or index.get_view_restrictions().exists():
        raise Http404
    return RENDER[kind](request, index=index)


urlpatterns = [
    re_path(r"^(?P<index_path>(?:[\w\-]+/)+)feed\.(?P<kind>rss|atom|ics)$", serve_feed),
]
