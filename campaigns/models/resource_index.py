"""The poster and flyer library at /resources/."""

from django.core.paginator import Paginator
from django.db import models

from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from actsite.localized import localized_children, localized_workplace_settings
from actsite.purging import ListingPurgeMixin

RESOURCES_PER_PAGE = 12


class ResourceIndexPage(ListingPurgeMixin, Page):
    intro = models.CharField(max_length=255, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["actsite.HomePage"]
    subpage_types = ["campaigns.ResourcePage"]
    max_count_per_parent = 1
    template = "campaigns/resource_index_page.html"

    def get_context(self, request, *args, **kwargs):
        from campaigns.forms import ResourceFilterForm
        from campaigns.models import ResourcePage

        context = super().get_context(request, *args, **kwargs)
        settings = localized_workplace_settings()
        form = ResourceFilterForm(request.GET, workplace_settings=settings)
        resources = form.filter(
            localized_children(ResourcePage.objects.live().public(), self, request)
        )
        page = Paginator(
            ResourcePage.with_listing_data(resources.order_by("title")), RESOURCES_PER_PAGE
        ).get_page(request.GET.get("page"))
        context.update(
            filter_form=form,
            resources=page,
            filter_query=form.query_string(),
            chosen_language=form.cleaned_data.get("language", ""),
        )
        return context
