"""Helplines and emergency numbers: editable content shown on every public page."""

import re

from django.db import models

from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin


class Helpline(TranslatableMixin, models.Model):
    """A number people can call: the Modern Slavery Helpline, 999, 101, Crimestoppers.

    We only signpost: the site never takes reports about potential victims itself.
    """

    name = models.CharField(max_length=120)
    number = models.CharField(
        max_length=40, help_text="As people should read it, e.g. 08000 121 700."
    )
    summary = models.CharField(
        max_length=255, help_text="When to call, e.g. 'Free, confidential, 24 hours a day'."
    )
    textphone = models.CharField(max_length=40, blank=True)
    website = models.URLField(blank=True)
    is_emergency = models.BooleanField(
        default=False, help_text="Shown as the emergency number (999) beside the helpline."
    )
    show_in_footer = models.BooleanField(default=True)
    sort_order = models.PositiveSmallIntegerField(default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("number"),
        FieldPanel("summary"),
        FieldPanel("textphone"),
        FieldPanel("website"),
        FieldPanel("is_emergency"),
        FieldPanel("show_in_footer"),
        FieldPanel("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]

    def __str__(self):
        return f"{self.name} ({self.number})"

    @property
    def tel_uri(self):
        """A ``tel:`` link target: the number without spaces or punctuation."""
        return "tel:" + re.sub(r"[^0-9+]", "", self.number)

    @property
    def textphone_uri(self):
        return "tel:" + re.sub(r"[^0-9+]", "", self.textphone) if self.textphone else ""
