"""The site's addresses plus one that always fails, to show the server error page."""

from django.urls import path

from actsite.urls import urlpatterns as site_urlpatterns


def fail(request):
    raise RuntimeError("A deliberate failure, to show the server error page.")


urlpatterns = [path("fails/", fail), *site_urlpatterns]
