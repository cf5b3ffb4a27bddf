from django.urls import path, re_path

from . import views

urlpatterns = [
    path("", views.venue_toolkit, name="venue_toolkit"),
    re_path(r"^packs/(?P<key>[0-9a-f]{64})/$", views.venue_pack, name="venue_pack"),
    re_path(
        r"^packs/(?P<key>[0-9a-f]{64})/download/$",
        views.venue_pack_download,
        name="venue_pack_download",
    ),
]
