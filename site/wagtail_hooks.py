"""Admin registrations for what every part of the site shares."""

from django.urls import path, reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import Site
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from actsite.admin_views.personal_data_log import PersonalDataLogView
from actsite.models import Helpline, PersonalDataAccess, SiteFurniture, WorkplaceSetting
from actsite.purging import PUBLIC_CONTENT_HOOK


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


class PersonalDataLogMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_admin_urls")
def register_personal_data_log():
    return [
        path("reports/personal-data/", PersonalDataLogView.as_view(), name="personal_data_log"),
        path(
            "reports/personal-data/results/",
            PersonalDataLogView.as_view(results_only=True),
            name="personal_data_log_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def personal_data_log_menu_item():
    return PersonalDataLogMenuItem(
        "Personal data requests", reverse("personal_data_log"), icon_name="user", order=720
    )


@hooks.register("register_log_actions")
def personal_data_access_log(actions):
    """Put the personal-data audit trail in Reports > Site history (for superusers: see
    ``PersonalDataAccess.objects.viewable_by_user``). Nothing is logged to it through
    ``wagtail.log_actions.log``; ``actsite.access_log.record_access`` writes it."""
    actions.register_model(PersonalDataAccess, PersonalDataAccess)


@hooks.register(PUBLIC_CONTENT_HOOK)
def shared_public_content():
    """Changing any of these changes every public page's header, footer or filters."""
    return [Helpline, WorkplaceSetting, SiteFurniture, Site]
