"""The venue toolkit's pages: choose, wait (with progress), download."""

from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from wagtail.models import Locale

from actsite.localized import localized_workplace_settings
from actsite.models import WorkplaceSetting
from actsite.rate_limits import over_limit
from campaigns.models import VenuePack

from .forms import VenueToolkitForm
from .packs import Choice, localized, request_pack

# Toolkits asked for per client address and hour: more than a venue needs, few enough that
# nobody fills the disk with packs of every combination.
TOOLKIT_LIMIT = (30, 3600)


def _form(request, data=None):
    originals = {s.slug: s for s in WorkplaceSetting.objects.filter(locale=Locale.get_default())}
    return VenueToolkitForm(
        data,
        workplace_settings=localized_workplace_settings(),
        originals=originals,
        initial={"setting": request.GET.get("setting", "")},
    )


@require_safe
def venue_toolkit(request):
    """The choice form; once sent (its button, or any choice in the address), the pack is
    asked for. ``?setting=`` alone (the hubs' link) only preselects the setting."""
    if not {"make", "languages", "sizes"} & set(request.GET):
        return render(
            request,
            "campaigns/venue_toolkit.html",
            {"form": _form(request), "page_title": _("Venue toolkit")},
        )
    return _choose(request)


@never_cache
def _choose(request):
    form = _form(request, request.GET)
    if not form.is_valid():
        context = {"form": form, "page_title": _("Venue toolkit")}
        return render(request, "campaigns/venue_toolkit.html", context)
    limit, period = TOOLKIT_LIMIT
    if over_limit(request, "venue-toolkit", limit, period):
        response = render(request, "rate_limited.html", {"minutes": period // 60}, status=429)
        response["Retry-After"] = str(period)
        return response
    choice = Choice(
        setting=form.chosen_setting(),
        languages=tuple(sorted(set(form.cleaned_data["languages"]))),
        sizes=tuple(sorted(set(form.cleaned_data["sizes"]))),
        language=translation.get_language(),
    )
    pack = request_pack(choice)
    return redirect("venue_pack", key=pack.key)


@require_safe
@never_cache  # the progress changes from one look to the next
def venue_pack(request, key):
    pack = get_object_or_404(VenuePack.objects.select_related("setting"), key=key)
    download_url = reverse("venue_pack_download", kwargs={"key": key})
    if request.GET.get("format") == "json":
        return JsonResponse(
            {
                "status": pack.status,
                "percent": pack.percent,
                "done": pack.done,
                "total": pack.total,
                "download_url": download_url if pack.status == pack.Status.READY else "",
            }
        )
    context = {
        "pack": pack,
        "setting": localized(pack.setting, translation.get_language()),
        "download_url": download_url,
        "page_title": _("Your venue toolkit"),
    }
    return render(request, "campaigns/venue_pack.html", context)


@require_safe
def venue_pack_download(request, key):
    pack = get_object_or_404(VenuePack.objects.select_related("setting"), key=key)
    if pack.status != VenuePack.Status.READY or not pack.file:
        raise Http404
    filename = f"venue-toolkit-{pack.setting.slug}.zip"
    response = FileResponse(pack.file.open("rb"), as_attachment=True, filename=filename)
    response["Content-Type"] = "application/zip"
    return response
