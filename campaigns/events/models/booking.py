"""Bookings of places at events. Personal data: organisers of the event and coordinators only."""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone

REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to misread


def new_reference():
    return "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(8))


class Booking(models.Model):
    class Status(models.TextChoices):
        CONFIRMED = "confirmed", "Confirmed"
        WAITLISTED = "waitlisted", "On the waiting list"
        CANCELLED = "cancelled", "Cancelled"

    ACTIVE_STATUSES = [Status.CONFIRMED, Status.WAITLISTED]

    event = models.ForeignKey(
        "campaigns.EventPage", on_delete=models.CASCADE, related_name="bookings"
    )
    reference = models.CharField(max_length=12, unique=True, default=new_reference)
    name = models.CharField(max_length=120)
    email = models.EmailField(
        blank=True, help_text="Stored in lower case. Empty for a walk-in added at the door."
    )
    organisation = models.CharField(max_length=150, blank=True)
    places = models.PositiveSmallIntegerField()
    access_requirements = models.TextField(blank=True, max_length=1000)
    status = models.CharField(max_length=12, choices=Status.choices)
    language = models.CharField(
        max_length=8,
        default=settings.LANGUAGE_CODE,
        help_text="The language the person booked in: their emails are written in it.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    # When the booking got a place (at once or from the waiting list): such a booking was sent
    # a calendar invitation, so its cancellation sends a calendar cancellation.
    confirmed_at = models.DateTimeField(null=True, blank=True)
    attended_at = models.DateTimeField(null=True, blank=True)
    # Set by purge_booking_data: name, email, organisation and access needs are gone; the
    # status, places and attendance stay for counts.
    anonymised_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            # One active booking per person and event: a double submit cannot double-book.
            # (Walk-ins have no address, and there may be many.)
            models.UniqueConstraint(
                fields=["event", "email"],
                condition=models.Q(status__in=["confirmed", "waitlisted"], anonymised_at=None)
                & ~models.Q(email=""),
                name="one_active_booking_per_email",
            ),
            models.CheckConstraint(condition=models.Q(places__gte=1), name="at_least_one_place"),
        ]
        indexes = [models.Index(fields=["event", "status", "created_at"])]

    def __str__(self):
        return f"{self.reference} ({self.get_status_display()})"

    @property
    def is_walk_in(self):
        return not self.email and self.anonymised_at is None

    @property
    def is_active(self):
        return self.status in self.ACTIVE_STATUSES

    @property
    def can_self_cancel(self):
        """People can cancel their own booking, with the link we emailed, until it starts."""
        return self.is_active and timezone.now() < self.event.starts_at
