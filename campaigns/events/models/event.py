"""Awareness events and training sessions, with capacity and bookings."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from actsite.blocks import BaseStreamBlock
from actsite.listing import FilteredListingMixin
from actsite.purging import ListingPurgeMixin
from actsite.rate_limits import over_limit
from actsite.search_stems import STEMS_FIELD, StemmedSearchMixin
from campaigns.events.calendar import event_calendar
from campaigns.events.forms import BookingForm
from campaigns.events.permissions import (
    CHOOSE_ORGANISER,
    EventIndexPermissionTester,
    EventPageForm,
    EventPermissionTester,
)

EVENTS_PER_PAGE = 12
BOOKINGS_PER_HOUR = 10  # booking forms sent from one connection


class EventIndexPage(FilteredListingMixin, ListingPurgeMixin, Page):
    intro = models.CharField(max_length=255, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["actsite.HomePage"]
    subpage_types = ["campaigns.EventPage"]
    max_count_per_parent = 1

    def permissions_for_user(self, user):
        """Organisers add events here but never take the index (everyone's events) down."""
        return EventIndexPermissionTester(user, self)

    template = "campaigns/event_index_page.html"
    listing_model, listing_context_name = "campaigns.EventPage", "events"
    # Subscriptions at <index>/feed.<kind> (campaigns.feeds), linked from the page.
    feeds = (
        ("ics", "text/calendar"),
        ("rss", "application/rss+xml"),
        ("atom", "application/atom+xml"),
    )
    listing_per_page = EVENTS_PER_PAGE

    def filter_listing(self, events, request, context):
        """Upcoming events, soonest first; ``?when=past``: past ones, latest first."""
        context["past"] = past = request.GET.get("when") == "past"
        now = timezone.now()
        if past:
            return events.filter(ends_at__lt=now).order_by("-starts_at")
        return events.filter(ends_at__gte=now).order_by("starts_at")


class EventPage(StemmedSearchMixin, RoutablePageMixin, Page):
    """An event people can book places at. Places are counted in ``EventSeats``, never here:
    a page revision being published must not overwrite the live count."""

    summary = models.CharField(max_length=255)
    body = StreamField(BaseStreamBlock(), blank=True)
    workplace_settings = ParentalManyToManyField("actsite.WorkplaceSetting", related_name="events")
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    venue_name = models.CharField(max_length=150, blank=True)
    venue_address = models.TextField(blank=True)
    venue_accessibility = models.TextField(
        blank=True, help_text="Step-free access, hearing loop, toilets, quiet room…"
    )
    online_url = models.URLField(blank=True, help_text="For online events: where to join.")
    capacity = models.PositiveIntegerField(help_text="How many places can be booked.")
    booking_opens_at = models.DateTimeField(null=True, blank=True)
    booking_closes_at = models.DateTimeField(
        null=True, blank=True, help_text="Leave empty to take bookings until the event starts."
    )
    max_places_per_booking = models.PositiveSmallIntegerField(default=4)
    campaign = models.ForeignKey(
        "campaigns.CampaignPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        help_text="The campaign page lists this event while it is upcoming.",
    )
    organiser = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="organised_events",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("workplace_settings", widget=forms.CheckboxSelectMultiple),
        FieldPanel("campaign"),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")], heading="When"),
        MultiFieldPanel(
            [
                FieldPanel("venue_name"),
                FieldPanel("venue_address"),
                FieldPanel("venue_accessibility"),
                FieldPanel("online_url"),
            ],
            heading="Where",
        ),
        MultiFieldPanel(
            [
                FieldPanel("capacity"),
                FieldPanel("max_places_per_booking"),
                FieldRowPanel([FieldPanel("booking_opens_at"), FieldPanel("booking_closes_at")]),
                # Only coordinators and superusers choose: the organiser sees the bookings.
                FieldPanel("organiser", permission=CHOOSE_ORGANISER),
            ],
            heading="Bookings",
        ),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        STEMS_FIELD,
        index.SearchField("summary"),
        index.SearchField("venue_name"),
        index.SearchField("body"),
    ]
    parent_page_types = ["campaigns.EventIndexPage"]
    subpage_types = []
    template = "campaigns/event_page.html"
    base_form_class = EventPageForm

    class Meta:
        permissions = [("choose_event_organiser", "Can choose who organises an event")]

    def permissions_for_user(self, user):
        """Page permissions only on the events ``user`` organises (or may assign)."""
        return EventPermissionTester(user, self)

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": "The event must end after it starts."})
        if not self.venue_name and not self.online_url:
            raise ValidationError({"venue_name": "Give a venue, or a link for an online event."})
        seats = EventSeats.objects.filter(event_id=self.pk).first() if self.pk else None
        if seats and self.capacity is not None and self.capacity < seats.booked:
            raise ValidationError(
                {"capacity": f"{seats.booked} places are already booked: capacity cannot be lower."}
            )

    @path("book/")
    def booking_form(self, request):
        """``book/``: the booking form (GET) and booking (POST), on a page of its own: it
        carries a CSRF token, so it is never cached, while the event page itself is the same
        for everyone and is. The rules live in ``campaigns.events.bookings``."""
        from campaigns.events import bookings  # noqa: PLC0415 - bookings imports these models

        full = self.places_left == 0 or bookings.someone_waiting(self.bookable_event)
        form, status = BookingForm(event=self, initial={"waitlist": full}), 200
        if request.method == "POST":
            form = BookingForm(request.POST, event=self)
            if form.is_bot:
                return redirect(self.get_url(request))
            if over_limit(request, "booking", BOOKINGS_PER_HOUR, 3600):
                form.add_error(
                    None, _("Too many bookings from your connection. Please try again later.")
                )
                status = 429
            elif not form.is_valid():
                status = 400
            else:
                try:
                    bookings.book(self.bookable_event, **form.booking_details())
                except bookings.AlreadyBooked:
                    # Answered as a new booking is: nobody learns whether an address booked.
                    return redirect("booking_received")
                except bookings.EventFull as error:
                    form.offer_waiting_list(error)
                    full, status = True, 409
                except bookings.BookingError as error:
                    form.add_error(None, str(error))
                    status = 503 if isinstance(error, bookings.StoreBusy) else 400
                else:
                    return redirect("booking_received")
        context = {**self.get_context(request), "form": form, "full": full}
        return TemplateResponse(
            request, "campaigns/event_booking_page.html", context, status=status
        )

    @path("calendar/")
    def calendar_file(self, request):
        response = HttpResponse(event_calendar(self, request), content_type="text/calendar")
        response["Content-Disposition"] = f'attachment; filename="{self.slug}.ics"'
        return response

    def get_cached_paths(self):
        return ["/", "/calendar/"]

    def listed_on(self):
        """Pages besides its index, hubs and home that list this event (actsite.purging)."""
        return [self.campaign]

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        if self.live and self.is_original:
            from campaigns.events.bookings import sync_seats  # noqa: PLC0415 - bookings imports these models

            sync_seats(self)

    # Translations share the original's places: bookings are made against the original (in
    # the default language) and only it has an EventSeats row, so /pl/ and / can never sell
    # the same place twice. Translations find that row by their shared translation_key.

    @property
    def is_original(self):
        return self.locale.language_code == settings.LANGUAGE_CODE

    @cached_property
    def bookable_event(self):
        """The page bookings are made against: the original every translation shares."""
        if self.is_original:
            return self
        original = EventPage.objects.filter(
            translation_key=self.translation_key, locale__language_code=settings.LANGUAGE_CODE
        ).first()
        return original or self

    @cached_property
    def shared_seats(self):
        """The original's live count of places (None before it is first published)."""
        try:
            return self.seats
        except EventSeats.DoesNotExist:
            return EventSeats.objects.filter(event__translation_key=self.translation_key).first()

    @classmethod
    def with_listing_data(cls, queryset):
        """Events with their (shared) places, without a query per event."""
        seats = EventSeats.objects.filter(event__translation_key=models.OuterRef("translation_key"))
        return queryset.annotate(
            shared_capacity=models.Subquery(seats.values("capacity")[:1]),
            shared_booked=models.Subquery(seats.values("booked")[:1]),
            shared_cancelled_at=models.Subquery(seats.values("cancelled_at")[:1]),
            shared_sequence=models.Subquery(seats.values("sequence")[:1]),
            shared_event_id=models.Subquery(seats.values("event_id")[:1]),
        ).prefetch_related("workplace_settings")

    @property
    def has_ended(self):
        return self.ends_at <= timezone.now()

    @property
    def is_cancelled(self):
        if hasattr(self, "shared_cancelled_at"):
            return self.shared_cancelled_at is not None
        seats = self.shared_seats
        return bool(seats and seats.cancelled_at)

    @property
    def booking_window_open(self):
        if self.is_cancelled:
            return False
        now = timezone.now()
        closes = self.booking_closes_at or self.starts_at
        return (self.booking_opens_at is None or self.booking_opens_at <= now) and now < closes

    @property
    def bookings_open_later(self):
        return bool(self.booking_opens_at and timezone.now() < self.booking_opens_at)

    @property
    def places_left(self):
        if getattr(self, "shared_capacity", None) is not None:
            return max(self.shared_capacity - self.shared_booked, 0)
        seats = self.shared_seats
        if seats is None:
            return self.capacity
        return max(seats.capacity - seats.booked, 0)


class EventSeats(models.Model):
    """The live count of booked places. ``book()`` takes places with a guarded UPDATE on this
    row; the check constraint is the safety net that makes overbooking impossible."""

    event = models.OneToOneField(EventPage, on_delete=models.CASCADE, related_name="seats")
    capacity = models.PositiveIntegerField()
    booked = models.PositiveIntegerField(default=0)
    cancelled_at = models.DateTimeField(
        null=True, blank=True, help_text="Set when an organiser cancels the whole event."
    )
    # Calendar files: SEQUENCE, bumped when the event is cancelled or its time moves, so
    # calendar apps replace what they hold. The times it was last announced with:
    sequence = models.PositiveIntegerField(default=0)
    announced_starts_at = models.DateTimeField(null=True, blank=True)
    announced_ends_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=models.Q(booked__lte=models.F("capacity")), name="never_overbooked"
            )
        ]

    def __str__(self):
        return f"{self.booked}/{self.capacity}"
