"""The printed-pack request form: who is asking, where it goes, and what they want."""

from django import forms
from django.utils.translation import gettext_lazy as _

from actsite.bad_requests import plausible_id
from actsite.languages import language_choices
from actsite.translated_choices import original
from campaigns.forms import SingleLineFieldsMixin
from campaigns.packs.models import PackRequest
from campaigns.postcodes import checked_postcode


class PackRequestForm(SingleLineFieldsMixin, forms.ModelForm):
    """Who is asking and where the pack goes. ``website`` is a honeypot: people never see it."""

    website = forms.CharField(
        required=False,
        label=_("Leave this empty"),
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    class Meta:
        model = PackRequest
        fields = [
            "venue_name",
            "workplace_setting",
            "delivery_address",
            "postcode",
            "contact_name",
            "contact_email",
            "contact_phone",
            "notes",
        ]
        widgets = {
            "delivery_address": forms.Textarea(attrs={"rows": 3, "autocomplete": "street-address"}),
            "notes": forms.Textarea(attrs={"rows": 3}),
            "postcode": forms.TextInput(attrs={"autocomplete": "postal-code"}),
            "contact_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "contact_email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "contact_phone": forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
        }
        labels = {
            "venue_name": _("Venue"),
            "workplace_setting": _("Kind of venue"),
            "delivery_address": _("Delivery address"),
            "postcode": _("Postcode"),
            "contact_name": _("Your name"),
            "contact_email": _("Your email address"),
            "contact_phone": _("Phone number"),
            "notes": _("Notes"),
        }
        help_texts = {
            "venue_name": _("e.g. Central station"),
            "notes": _("Optional. For example, when someone will be there to receive it."),
        }

    single_line_fields = ("venue_name", "postcode", "contact_name", "contact_phone")

    def __init__(self, *args, workplace_settings=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["workplace_setting"].queryset = workplace_settings
        self.fields["workplace_setting"].empty_label = _("Choose one (optional)")

    def clean_workplace_setting(self):
        # Offered in the visitor's language; coordinators see (and count) the original.
        return original(self.cleaned_data.get("workplace_setting"))

    def clean_postcode(self):
        return checked_postcode(self.cleaned_data["postcode"])

    def cleaned_data_without_honeypot(self):
        return {k: v for k, v in self.cleaned_data.items() if k != "website"}

    @property
    def is_bot(self):
        return bool(self.data.get(self.add_prefix("website")))


MAX_COPIES = 500


class PageChoiceField(forms.ModelChoiceField):
    """A choice of page by id that refuses anything but a plausible id before the database
    sees it (SQLite raises OverflowError on integers beyond 64 bits)."""

    def to_python(self, value):
        if value in self.empty_values:
            return None
        text = str(value)
        if not plausible_id(text):
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            )
        return super().to_python(text)


class PackItemForm(forms.Form):
    resource = PageChoiceField(
        queryset=None, required=False, empty_label=_("Choose one"), label=_("Poster or flyer")
    )
    language = forms.ChoiceField(
        choices=[("", _("Choose one")), *language_choices()], required=False, label=_("Language")
    )
    quantity = forms.IntegerField(
        required=False, min_value=1, max_value=MAX_COPIES, label=_("Number of copies")
    )

    def __init__(self, *args, resources=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["resource"].queryset = resources

    def clean_resource(self):
        # Offered in the visitor's language (a translation or an alias); stored as the original.
        return original(self.cleaned_data.get("resource"))

    def clean(self):
        data = super().clean()
        filled = [name for name in ("resource", "language", "quantity") if data.get(name)]
        if filled and len(filled) < 3:
            for name in {"resource", "language", "quantity"} - set(filled):
                if name not in self.errors:
                    self.add_error(
                        name, _("Fill this in too, or clear the other boxes in this row.")
                    )
        resource, language = data.get("resource"), data.get("language")
        if resource and language and language not in resource.languages:
            self.add_error(
                "language",
                _("%(title)s is not available in this language. Choose one of: %(languages)s.")
                % {
                    "title": resource.title,
                    "languages": ", ".join(f.language_native_name for f in resource.ordered_files),
                },
            )
        return data

    @property
    def item(self):
        data = self.cleaned_data
        if data.get("resource") and data.get("language") and data.get("quantity"):
            return data["resource"], data["language"], data["quantity"]
        return None


class BasePackItemFormSet(forms.BaseFormSet):
    def clean(self):
        if any(self.errors):
            return
        if not any(form.item for form in self.forms):
            raise forms.ValidationError(
                _("Choose at least one poster or flyer, a language and how many.")
            )

    @property
    def items(self):
        return [form.item for form in self.forms if form.item]


# At most 10 rows, and never more than 10 built from a forged TOTAL_FORMS (absolute_max):
# a request for 1,000 rows is refused without rendering 1,000 forms.
MAX_PACK_ITEMS = 10
PackItemFormSet = forms.formset_factory(
    PackItemForm,
    formset=BasePackItemFormSet,
    extra=3,
    max_num=MAX_PACK_ITEMS,
    validate_max=True,
    absolute_max=MAX_PACK_ITEMS,
)
