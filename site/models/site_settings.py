"""Per-site settings editors change in Settings > Site furniture."""

from django.db import models

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="cog")
class SiteFurniture(BaseSiteSetting):
    """What the header and footer of every public page link to."""

    primary_helpline = models.ForeignKey(
        "actsite.Helpline",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Shown in the header of every page and as the home page's call to action.",
    )
    safety_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Explains quick exit and staying safe online.",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    select_related = ["primary_helpline", "safety_page", "privacy_page"]

    panels = [FieldPanel("primary_helpline"), FieldPanel("safety_page"), FieldPanel("privacy_page")]

    class Meta:
        verbose_name = "site furniture"
