from django.urls import path

from campaigns.packs import views

urlpatterns = [
    path("", views.pack_request, name="pack_request"),
    path("thanks/", views.pack_request_thanks, name="pack_request_thanks"),
]
