"""A plain content page: staying safe online, privacy notice, about the campaign."""

from django.db import models

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from actsite.blocks import BaseStreamBlock
from actsite.search_stems import STEMS_FIELD, StemmedSearchMixin


class StandardPage(StemmedSearchMixin, Page):
    intro = models.CharField(max_length=255, blank=True)
    body = StreamField(BaseStreamBlock())

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [
        *Page.search_fields,
        STEMS_FIELD,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    template = "actsite/standard_page.html"
