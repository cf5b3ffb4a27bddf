"""The home page: what the campaign is, the workplace settings, the helpline, where to go next."""

from django.db import models

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from actsite.blocks import RICH_TEXT_FEATURES, BaseStreamBlock, SignpostBlock
from actsite.localized import localized_children
from actsite.search_stems import STEMS_FIELD, StemmedSearchMixin

from .setting_hub_page import SettingHubPage


class HomePage(StemmedSearchMixin, Page):
    intro = models.CharField(max_length=255, help_text="One or two sentences under the title.")
    mission = RichTextField(features=RICH_TEXT_FEATURES, help_text="What the campaign is and why.")
    settings_heading = models.CharField(max_length=120, default="Where you work")
    signposts = StreamField(
        [("signpost", SignpostBlock())],
        blank=True,
        help_text="Links into posters and flyers, events and training.",
    )
    body = StreamField(BaseStreamBlock(), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("mission"),
        FieldPanel("settings_heading"),
        FieldPanel("signposts"),
        FieldPanel("body"),
    ]

    search_fields = [
        *Page.search_fields,
        STEMS_FIELD,
        index.SearchField("intro"),
        index.SearchField("mission"),
    ]
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1
    template = "actsite/home_page.html"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["setting_hubs"] = localized_children(
            SettingHubPage.objects.live().select_related("workplace_setting"), self, request
        )
        return context
