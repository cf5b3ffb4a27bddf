"""What every index page does: list its children in the visitor's language, filtered by
workplace setting (``?setting=``) and paginated (``?page=``).

Campaigns, events, the poster library and the training catalogue differ only in what they
list, their order and their extra filters, which they give through ``filter_listing``.
"""

from django.apps import apps
from django.core.paginator import Paginator

from actsite.localized import localized_children, localized_workplace_settings


class FilteredListingMixin:
    """For a Page listing pages of ``listing_model`` ("app_label.Model", which has a
    ``with_listing_data(queryset)`` classmethod loading what a card shows). The template gets
    ``workplace_settings``, ``chosen_setting`` and ``<listing_context_name>``: a page of
    results."""

    listing_model = None
    listing_context_name = "pages"
    listing_per_page = 12
    listing_order = ("title",)

    def filter_listing(self, pages, request, context):
        """The page type's own order and filters; may add to ``context``."""
        return pages.order_by(*self.listing_order)

    def listed_pages(self, request, context=None):
        """The pages this index lists for ``request`` (its ``?setting=`` and the page type's
        own filters), ordered, with what a card shows; for the page, and for its feeds."""
        context = {} if context is None else context
        model = apps.get_model(self.listing_model)
        workplace_settings = localized_workplace_settings()
        wanted = request.GET.get("setting")
        chosen = next((s for s in workplace_settings if s.slug == wanted), None)
        pages = localized_children(model.objects.live().public(), self, request)
        if chosen:
            pages = pages.filter(workplace_settings__translation_key=chosen.translation_key)
        context.update(workplace_settings=workplace_settings, chosen_setting=chosen)
        return model.with_listing_data(self.filter_listing(pages, request, context))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        pages = self.listed_pages(request, context)
        context[self.listing_context_name] = Paginator(pages, self.listing_per_page).get_page(
            request.GET.get("page")
        )
        return context
