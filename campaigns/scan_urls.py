from django.urls import path

from campaigns import scan_views

urlpatterns = [
    path(
        "<int:resource_id>/<slug:language>/",
        scan_views.resource_scan,
        name="resource_scan",
    ),
    path(
        "<int:resource_id>/<slug:language>/qr.svg",
        scan_views.resource_qr,
        name="resource_qr",
    ),
]
