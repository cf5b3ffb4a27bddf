from django.urls import path

from campaigns import booking_views

urlpatterns = [
    path("<str:token>/", booking_views.manage_booking, name="manage_booking"),
]
