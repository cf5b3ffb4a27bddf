"""Training addresses outside the page tree (each language's catalogue serves the rest)."""

from django.urls import path

from courses import views

urlpatterns = [
    path("certificates/<str:code>/", views.certificate_pdf, name="certificate_pdf"),
]
