"""The short address in a poster's QR code: count the scan, then go to the campaign."""

import io

import segno

from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.utils import translation
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
        # A poster taken down: the "not found" page in the poster's language.
        translation.activate(scans.site_language(language))
        request.LANGUAGE_CODE = translation.get_language()
        raise Http404
    return redirect(scans.landing_url(resource, language))


@require_safe
def resource_qr(request, resource_id, language):
    """The QR code of a resource file's short address as SVG, for editors to put on posters
    they design themselves (the demo posters draw theirs). Not a scan: nothing is counted."""

    resource = scans.live_resource(resource_id)
    if resource is None or not resource.files.filter(language=language).exists():
        raise Http404
    address = scans.scan_url(resource.pk, language)
    svg = io.BytesIO()
    segno.make(address, error="m").save(svg, kind="svg", scale=8, title=f"QR code: {address}")
    response = HttpResponse(svg.getvalue(), content_type="image/svg+xml")
    response["Content-Disposition"] = f'attachment; filename="qr-{resource.slug}-{language}.svg"'
    return response
