"""Workplace settings: the taxonomy every campaign, resource, event and course is grouped by."""

from django.db import models

from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


class WorkplaceSetting(TranslatableMixin, index.Indexed, models.Model):
    """A kind of workplace where signs of trafficking can be seen (restaurants, transport, leisure).

    Translatable: each locale has its own copy, linked by ``translation_key``.
    """

    name = models.CharField(max_length=80)
    slug = models.SlugField(
        max_length=80,
        help_text="Used in web addresses and filters, e.g. 'restaurants'.",
    )
    summary = models.CharField(
        max_length=255,
        help_text="One sentence on the kinds of workplace this covers.",
    )
    sort_order = models.PositiveSmallIntegerField(default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("summary"),
        FieldPanel("sort_order"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="unique_setting_slug_per_locale"
            ),
        ]

    def __str__(self):
        return self.name
