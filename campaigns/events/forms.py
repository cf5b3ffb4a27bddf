"""Booking places at an event."""

from django import forms
from django.core.validators import MaxValueValidator
from django.utils.translation import gettext_lazy as _

from campaigns.forms import SingleLineFieldsMixin


class BookingForm(SingleLineFieldsMixin, forms.Form):
    """Booking places at an event. Only what running the event needs."""

    single_line_fields = ("name", "organisation")

    name = forms.CharField(
        label=_("Name"), max_length=120, widget=forms.TextInput(attrs={"autocomplete": "name"})
    )
    email = forms.EmailField(
        label=_("Email address"), widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )
    organisation = forms.CharField(label=_("Organisation"), max_length=150, required=False)
    places = forms.IntegerField(label=_("Number of places"), min_value=1, initial=1)
    access_requirements = forms.CharField(
        required=False,
        max_length=1000,
        label=_("Access requirements"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Anything that would help you take part, e.g. a hearing loop or step-free seats."
        ),
    )
    consent = forms.BooleanField(
        label=_(
            "I have read the privacy notice and agree to you keeping these details to run the event"
        ),
        error_messages={"required": _("Tick the box to agree to the privacy notice.")},
    )
    waitlist = forms.BooleanField(required=False, widget=forms.HiddenInput)
    website = forms.CharField(
        required=False,
        label=_("Leave this empty"),
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def __init__(self, *args, event, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["places"].max_value = event.max_places_per_booking
        self.fields["places"].validators.append(
            MaxValueValidator(
                event.max_places_per_booking,
                _("You can book up to %(places)s places at a time.")
                % {"places": event.max_places_per_booking},
            )
        )
        self.fields["places"].widget.attrs["max"] = event.max_places_per_booking

    @property
    def is_bot(self):
        return bool(self.data.get(self.add_prefix("website")))

    def booking_details(self):
        """What ``bookings.book`` takes, from a valid form."""
        fields = ("name", "email", "places", "organisation", "access_requirements", "waitlist")
        return {name: self.cleaned_data[name] for name in fields}

    def offer_waiting_list(self, error):
        """The event filled while the person typed: say so, and offer the waiting list."""
        self.add_error(
            None, _("%(error)s You can join the waiting list instead.") % {"error": error}
        )
        self.data = self.data.copy()
        self.data["waitlist"] = "True"
