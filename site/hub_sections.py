"""The shape of a section on a workplace setting hub page.

A part of the site (campaigns, resources, events, courses) adds a section to every hub with::

    @hooks.register("setting_hub_sections")
    def upcoming_events(hub_page, request):
        events = ...  # filtered by hub_page.workplace_setting
        return HubSection("Upcoming events", "campaigns/includes/event_list.html", events)
"""

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class HubSection:
    title: str
    template: str
    items: Any
    more_url: str = ""
    extra: dict = field(default_factory=dict)
