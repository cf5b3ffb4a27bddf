"""Campaign pages and the campaigns index at /campaigns/."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from actsite.listing import FilteredListingMixin
from actsite.localized import localized_pages
from actsite.page_queries import public_pages
from actsite.purging import ListingPurgeMixin
from actsite.search_stems import STEMS_FIELD, StemmedSearchMixin
from actsite.translated_choices import TranslatedChoicesPageForm
from campaigns.blocks import CampaignStreamBlock
from campaigns.events.models.event import EventPage
from campaigns.models.resource import ResourcePage
from campaigns.models.resource_index import ResourceIndexPage

CAMPAIGNS_PER_PAGE = 12


class CampaignIndexPage(FilteredListingMixin, ListingPurgeMixin, Page):
    intro = models.CharField(max_length=255, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["actsite.HomePage"]
    subpage_types = ["campaigns.CampaignPage"]
    max_count_per_parent = 1
    template = "campaigns/campaign_index_page.html"
    listing_model, listing_context_name = "campaigns.CampaignPage", "campaigns"
    # Subscriptions at <index>/feed.<kind> (campaigns.feeds), linked from the page.
    feeds = (("rss", "application/rss+xml"), ("atom", "application/atom+xml"))
    listing_per_page, listing_order = CAMPAIGNS_PER_PAGE, ("-first_published_at",)


# A campaign may gather hundreds of posters: the page shows the first ones and links to the rest.
RESOURCES_ON_CAMPAIGN_PAGE = 12
EVENTS_ON_CAMPAIGN_PAGE = 6


class CampaignPage(StemmedSearchMixin, Page):
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
        STEMS_FIELD,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.RelatedFields("workplace_settings", [index.SearchField("name")]),
    ]
    parent_page_types = ["campaigns.CampaignIndexPage"]
    subpage_types = []
    template = "campaigns/campaign_page.html"
    base_form_class = TranslatedChoicesPageForm  # each workplace setting once

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = CampaignSections(self, request)
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


class CampaignSections:
    """A campaign page's posters and events, fetched when the template first shows them."""

    def __init__(self, page, request):
        self.page = page
        self.request = request

    @cached_property
    def _resources(self):
        pages = localized_pages(public_pages(ResourcePage.objects.live(), self.request))
        mine = pages.filter(campaign__translation_key=self.page.translation_key)
        return list(
            ResourcePage.with_listing_data(mine.order_by("title"))[: RESOURCES_ON_CAMPAIGN_PAGE + 1]
        )

    @property
    def resources(self):
        return self._resources[:RESOURCES_ON_CAMPAIGN_PAGE]

    @cached_property
    def all_resources_url(self):
        """The library filtered to this campaign, when there are more than the page shows."""

        if len(self._resources) <= RESOURCES_ON_CAMPAIGN_PAGE:
            return None
        library = localized_pages(ResourceIndexPage.objects.live()).first()
        return library and f"{library.url}?campaign={self.page.slug}"

    @cached_property
    def events(self):
        upcoming = localized_pages(public_pages(EventPage.objects.live(), self.request)).filter(
            campaign__translation_key=self.page.translation_key, ends_at__gte=timezone.now()
        )
        listed = EventPage.with_listing_data(upcoming.order_by("starts_at"))
        return list(listed[:EVENTS_ON_CAMPAIGN_PAGE])


class CampaignPartner(Orderable):
    """An organisation running the campaign: the ACT group, the council, the police."""

    page = ParentalKey(CampaignPage, on_delete=models.CASCADE, related_name="partners")
    name = models.CharField(max_length=120)
    website = models.URLField(blank=True)

    panels = [FieldPanel("name"), FieldPanel("website")]

    def __str__(self):
        return self.name
