"""Requests from venues for printed copies of posters and flyers."""

from django.conf import settings
from django.db import models

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from actsite.languages import english_name, language_choices
from actsite.outbox import OutboxEmail


class PackRequest(ClusterableModel):
    """A venue's request for printed packs. Holds a contact's details: coordinators only."""

    class Status(models.TextChoices):
        REQUESTED = "requested", "Requested"
        APPROVED = "approved", "Approved"
        SENT = "sent", "Sent"
        DECLINED = "declined", "Declined"

    venue_name = models.CharField("venue", max_length=150, help_text="e.g. Central station")
    workplace_setting = models.ForeignKey(
        "actsite.WorkplaceSetting",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="kind of venue",
    )
    delivery_address = models.TextField()
    postcode = models.CharField(max_length=10)
    contact_name = models.CharField("your name", max_length=120)
    contact_email = models.EmailField("your email address")
    contact_phone = models.CharField("phone number", max_length=30, blank=True)
    notes = models.TextField(blank=True, max_length=1000)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.REQUESTED)
    decline_reason = models.TextField(blank=True)
    sent_on = models.DateField(
        "posted on", null=True, blank=True, help_text="Told to the venue when the pack is sent."
    )
    language = models.CharField(
        max_length=8,
        default=settings.LANGUAGE_CODE,
        help_text="The language the venue asked in: their emails are written in it.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "-created_at"])]

    def __str__(self):
        return (
            f"{self.venue_name} ({self.created_at:%d %b %Y})"
            if self.created_at
            else self.venue_name
        )

    @property
    def total_copies(self):
        return sum(item.quantity for item in self.items.all())


class PackRequestItem(models.Model):
    request = ParentalKey(PackRequest, on_delete=models.CASCADE, related_name="items")
    resource = models.ForeignKey(
        "campaigns.ResourcePage", on_delete=models.PROTECT, related_name="+"
    )
    language = models.CharField(max_length=8, choices=language_choices)
    quantity = models.PositiveSmallIntegerField()

    def __str__(self):
        return f"{self.quantity} × {self.resource.title} ({english_name(self.language)})"


class PackRequestEmail(OutboxEmail):
    """The outbox of emails about a printed-pack request (``actsite.outbox``): written with the
    request, so a mail relay that is down loses nothing."""

    SEND = "campaigns.packs.services.send_outbox_email"

    class Kind(models.TextChoices):
        RECEIVED = "received", "New request (to the coordinators)"
        ACKNOWLEDGED = "acknowledged", "Request received (to the venue)"
        APPROVED = "approved", "Approved (to the venue)"
        SENT = "sent", "Sent (to the venue)"
        DECLINED = "declined", "Declined (to the venue)"

    pack_request = models.ForeignKey(PackRequest, on_delete=models.CASCADE, related_name="emails")
    kind = models.CharField(max_length=20, choices=Kind.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["pack_request", "kind"], name="one_pack_email_per_kind")
        ]
        indexes = [models.Index(fields=["sent_at", "attempts"])]
