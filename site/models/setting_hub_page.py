"""A hub page per workplace setting (/restaurants/, /transport/, /leisure/)."""

from django.db import models

from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from actsite.blocks import BaseStreamBlock
from actsite.search_stems import STEMS_FIELD, StemmedSearchMixin
from actsite.translated_choices import TranslatedChoicesPageForm


class SettingHubPage(StemmedSearchMixin, Page):
    """Gathers everything tagged with one workplace setting: campaigns, resources, events, courses.

    Each part of the site adds its own section with the ``setting_hub_sections`` Wagtail hook:
    a function taking ``(hub_page, request)`` and returning a ``HubSection`` or ``None``.
    """

    workplace_setting = models.ForeignKey(
        "actsite.WorkplaceSetting", on_delete=models.PROTECT, related_name="hub_pages"
    )
    intro = models.CharField(max_length=255)
    body = StreamField(BaseStreamBlock(), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("workplace_setting"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]

    search_fields = [
        *Page.search_fields,
        STEMS_FIELD,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    parent_page_types = ["actsite.HomePage"]
    subpage_types = []
    template = "actsite/setting_hub_page.html"
    base_form_class = TranslatedChoicesPageForm  # each workplace setting once

    class Meta:
        verbose_name = "workplace setting hub"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        sections = (fn(self, request) for fn in hooks.get_hooks("setting_hub_sections"))
        context["hub_sections"] = [section for section in sections if section]
        return context
