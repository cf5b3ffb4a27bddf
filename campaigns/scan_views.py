"""The short address in a poster's QR code: count the scan, then go to the campaign."""

from django.http import Http404
from django.shortcuts import redirect
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from campaigns import scans


@require_safe
@never_cache  # every scan must reach the app to be counted, never a cached redirect
def resource_scan(request, resource_id, language):
    resource = scans.record_scan(resource_id, language) if request.method == "GET" else None
    if resource is None:
        resource = scans.live_resource(resource_id)
    if resource is None:
        raise Http404
    return redirect(scans.landing_url(resource, language))
