"""The shape of a section on a workplace setting hub page.

A part of the site (campaigns, resources, events, courses) adds a section to every hub with::

    @hooks.register("setting_hub_sections")
    def upcoming_events(hub_page, request):
        events = ...  # filtered by hub_page.workplace_setting
        return HubSection("Upcoming events", "campaigns/includes/event_list.html", events)
"""

from dataclasses import dataclass, field
from typing import Any

from django.contrib.contenttypes.models import ContentType

from actsite.page_queries import per_request


@dataclass(frozen=True)
class HubSection:
    title: str
    template: str
    items: Any
    more_url: str = ""
    extra: dict = field(default_factory=dict)


def index_page_url(hub_page, index_model, request):
    """The URL of the live ``index_model`` page beside the hub (e.g. /events/), or "".

    The hub's live siblings are fetched once per request for all sections.
    """

    siblings = per_request(
        request,
        "_hub_siblings",
        lambda: {page.content_type_id: page for page in hub_page.get_siblings().live()},
    )
    index = siblings.get(ContentType.objects.get_for_model(index_model).id)
    return index.get_url(request) if index else ""
