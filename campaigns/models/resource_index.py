"""The poster and flyer library at /resources/."""

from django.db import models

from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from actsite.listing import FilteredListingMixin
from actsite.purging import ListingPurgeMixin
from campaigns.forms import ResourceFilterForm
from campaigns.models.resource import ResourceFile

RESOURCES_PER_PAGE = 12


class ResourceIndexPage(FilteredListingMixin, ListingPurgeMixin, Page):
    intro = models.CharField(max_length=255, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["actsite.HomePage"]
    subpage_types = ["campaigns.ResourcePage"]
    max_count_per_parent = 1
    template = "campaigns/resource_index_page.html"
    listing_model, listing_context_name = "campaigns.ResourcePage", "resources"
    listing_per_page = RESOURCES_PER_PAGE

    def languages_with_files(self):
        """The language codes some live poster or flyer has a file in (one query)."""
        return set(
            ResourceFile.objects.filter(page__live=True)
            .values_list("language", flat=True)
            .distinct()
        )

    def filter_listing(self, resources, request, context):
        """The kind, language and campaign filters (the setting is the mixin's)."""
        form = ResourceFilterForm(
            request.GET,
            workplace_settings=context["workplace_settings"],
            languages=self.languages_with_files(),
        )
        resources = form.filter(resources)
        context.update(
            filter_form=form,
            filter_query=form.query_string(),
            chosen_language=form.cleaned_data.get("language", ""),
        )
        return resources.order_by("title")
