"""Public views of the campaigns part of the site that are not Wagtail pages."""

from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.views.decorators.http import require_http_methods

from actsite.bad_requests import plausible_id
from actsite.localized import localized_pages, localized_workplace_settings
from actsite.rate_limits import attempts_so_far, count_attempt
from actsite.translated_choices import in_visitors_language
from campaigns.models import ResourceIndexPage, ResourcePage
from campaigns.packs.forms import PackItemFormSet, PackRequestForm
from campaigns.packs.services import submit_pack_request

PACK_REQUESTS_PER_HOUR = 5
TOO_MANY = _lazy(
    "We have had several requests from your connection in the last hour. "
    "Please try again later, or contact the campaign coordinator."
)


def _orderable_resources():
    # Each poster once, in the visitor's language where translated (not once per language).
    resources = localized_pages(ResourcePage.objects.live().public())
    return resources.order_by("title").prefetch_related("files")


@require_http_methods(["GET", "POST"])
def pack_request(request):
    """Ask for printed copies. Bad input re-renders with errors and keeps what was typed.

    The rate limit (requests stored per hour) is checked before any form work, and the formset
    never builds more than its 10 rows whatever TOTAL_FORMS says, so a flood of posts costs
    little each.
    """
    # Each kind of venue once, named in the visitor's language (the original is stored).
    workplace_settings = in_visitors_language(localized_workplace_settings())
    resources = _orderable_resources()
    status = 200
    if request.method == "POST":
        # Requests stored count, not corrected mistakes (the formset's size is capped).
        limited = attempts_so_far(request, "pack-request", 3600) >= PACK_REQUESTS_PER_HOUR
        form = PackRequestForm(request.POST, workplace_settings=workplace_settings)
        items = PackItemFormSet(request.POST, form_kwargs={"resources": resources})
        if form.is_bot:
            return redirect("pack_request_thanks")
        if limited:  # shown again with what was typed, nothing checked or stored
            form.add_error(None, TOO_MANY)
            status = 429
        elif form.is_valid() and items.is_valid():
            details = {**form.cleaned_data_without_honeypot(), "language": get_language()}
            submit_pack_request(details, items.items)
            count_attempt(request, "pack-request", 3600)
            return redirect("pack_request_thanks")
        else:
            status = 400
    else:
        wanted = request.GET.get("resource", "")
        # The poster's version in the visitor's language, whichever version the link named.
        initial_resource = (
            resources.filter(
                translation_key__in=ResourcePage.objects.filter(pk=wanted).values("translation_key")
            ).first()
            if plausible_id(wanted)
            else None
        )
        form = PackRequestForm(workplace_settings=workplace_settings)
        items = PackItemFormSet(
            initial=[{"resource": initial_resource}] if initial_resource else None,
            form_kwargs={"resources": resources},
        )
    return TemplateResponse(
        request,
        "campaigns/pack_request_form.html",
        {"form": form, "items": items, "page_title": _("Ask for printed posters and flyers")},
        status=status,
    )


def pack_request_thanks(request):
    library = localized_pages(ResourceIndexPage.objects.live()).first()
    return TemplateResponse(
        request,
        "campaigns/pack_request_thanks.html",
        {"page_title": _("Request received"), "library_url": library.url if library else "/"},
    )
