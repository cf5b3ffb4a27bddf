from django.urls import path

from campaigns.events import views as booking_views

urlpatterns = [
    path("received/", booking_views.booking_received, name="booking_received"),
    path("<str:token>/", booking_views.manage_booking, name="manage_booking"),
]
