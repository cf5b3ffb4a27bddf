"""Campaign pages and the campaigns index at /campaigns/."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from actsite.localized import localized_children, localized_pages, localized_workplace_settings
from actsite.page_queries import public_pages
from campaigns.blocks import CampaignStreamBlock

CAMPAIGNS_PER_PAGE = 12


class CampaignIndexPage(Page):
    intro = models.CharField(max_length=255, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["actsite.HomePage"]
    subpage_types = ["campaigns.CampaignPage"]
    max_count_per_parent = 1
    template = "campaigns/campaign_index_page.html"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        settings = localized_workplace_settings()
        chosen = next((s for s in settings if s.slug == request.GET.get("setting")), None)
        campaigns = localized_children(
            CampaignPage.objects.live().public(), self, request
        ).order_by("-first_published_at")
        if chosen:
            campaigns = campaigns.filter(workplace_settings__translation_key=chosen.translation_key)
        context["workplace_settings"] = settings
        context["chosen_setting"] = chosen
        context["campaigns"] = Paginator(
            CampaignPage.with_listing_data(campaigns), CAMPAIGNS_PER_PAGE
        ).get_page(request.GET.get("page"))
        return context


# A campaign may gather hundreds of posters: the page shows the first ones and links to the rest.
RESOURCES_ON_CAMPAIGN_PAGE = 12
EVENTS_ON_CAMPAIGN_PAGE = 6


class CampaignPage(Page):
    """A campaign: the signs to look for in one or more workplace settings, and who to call."""

    summary = models.CharField(max_length=255, help_text="One or two sentences shown in listings.")
    hero_image = models.ForeignKey(
        "actsite.SiteImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The image needs a description: it is read out as the alt text.",
    )
    workplace_settings = ParentalManyToManyField(
        "actsite.WorkplaceSetting", related_name="campaigns"
    )
    starts_on = models.DateField(null=True, blank=True)
    ends_on = models.DateField(null=True, blank=True)
    body = StreamField(CampaignStreamBlock())

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("hero_image"),
        FieldPanel("workplace_settings", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")])],
            heading="Running dates",
        ),
        InlinePanel("partners", label="Partners", heading="Partners"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.RelatedFields("workplace_settings", [index.SearchField("name")]),
    ]
    parent_page_types = ["campaigns.CampaignIndexPage"]
    subpage_types = []
    template = "campaigns/campaign_page.html"

    def get_context(self, request, *args, **kwargs):
        from campaigns.models import EventPage, ResourceIndexPage, ResourcePage

        context = super().get_context(request, *args, **kwargs)
        resources = list(
            ResourcePage.with_listing_data(
                localized_pages(public_pages(ResourcePage.objects.live(), request))
                .filter(campaign__translation_key=self.translation_key)
                .order_by("title")
            )[: RESOURCES_ON_CAMPAIGN_PAGE + 1]
        )
        context["campaign_resources"] = resources[:RESOURCES_ON_CAMPAIGN_PAGE]
        if len(resources) > RESOURCES_ON_CAMPAIGN_PAGE:  # the rest are in the library
            library = localized_pages(ResourceIndexPage.objects.live()).first()
            context["all_resources_url"] = library and f"{library.url}?campaign={self.slug}"
        upcoming = localized_pages(public_pages(EventPage.objects.live(), request)).filter(
            campaign__translation_key=self.translation_key, ends_at__gte=timezone.now()
        )
        context["campaign_events"] = EventPage.with_listing_data(upcoming.order_by("starts_at"))[
            :EVENTS_ON_CAMPAIGN_PAGE
        ]
        return context

    def clean(self):
        super().clean()
        if self.hero_image and not self.hero_image.description.strip():
            raise ValidationError(
                {"hero_image": "Add a description to this image first: it is its alt text."}
            )
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": "The campaign cannot end before it starts."})

    @property
    def is_running(self):
        today = timezone.localdate()
        started = self.starts_on is None or self.starts_on <= today
        return started and (self.ends_on is None or today <= self.ends_on)

    @classmethod
    def with_listing_data(cls, queryset):
        """What a listing of campaign cards shows, fetched in a fixed number of queries."""
        return queryset.select_related("hero_image").prefetch_related(
            "workplace_settings", "hero_image__renditions"
        )


class CampaignPartner(Orderable):
    """An organisation running the campaign: the ACT group, the council, the police."""

    page = ParentalKey(CampaignPage, on_delete=models.CASCADE, related_name="partners")
    name = models.CharField(max_length=120)
    website = models.URLField(blank=True)

    panels = [FieldPanel("name"), FieldPanel("website")]

    def __str__(self):
        return self.name
