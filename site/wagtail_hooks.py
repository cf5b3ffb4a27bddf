"""Admin registrations for what every part of the site shares."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from actsite.models import Helpline, WorkplaceSetting


class WorkplaceSettingViewSet(SnippetViewSet):
    model = WorkplaceSetting
    icon = "site"
    menu_label = "Workplace settings"
    list_display = ["name", "slug", "summary"]
    search_fields = ["name"]


class HelplineViewSet(SnippetViewSet):
    model = Helpline
    icon = "mobile-alt"
    menu_label = "Helplines"
    list_display = ["name", "number", "is_emergency", "show_in_footer"]


class SharedContentGroup(SnippetViewSetGroup):
    menu_label = "Shared content"
    menu_icon = "folder-open-inverse"
    menu_order = 250
    items = (WorkplaceSettingViewSet, HelplineViewSet)


register_snippet(SharedContentGroup)
