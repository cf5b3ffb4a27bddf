"""The venue toolkit's choices, sent by GET so the form page carries nothing per visitor."""

from django import forms
from django.utils.translation import gettext_lazy as _

from actsite.languages import english_name, labelled
from campaigns.models import PaperSize, ResourceFile

MAX_LANGUAGES = 12  # keeps the number of distinct packs (and their builds) bounded


def library_languages():
    """The codes of the languages the library has files in, English first then by name."""
    codes = set(ResourceFile.objects.filter(page__live=True).values_list("language", flat=True))
    return sorted(codes, key=lambda code: (code != "en", english_name(code)))


class VenueToolkitForm(forms.Form):
    setting = forms.ChoiceField(label=_("Your workplace setting"), widget=forms.RadioSelect)
    languages = forms.MultipleChoiceField(
        label=_("Languages your staff read"),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one language.")},
    )
    sizes = forms.MultipleChoiceField(
        label=_("Sizes you can print"),
        choices=PaperSize.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one size.")},
    )

    def __init__(self, data=None, *, workplace_settings, originals, **kwargs):
        """``workplace_settings`` in the visitor's language label the choices; ``originals``
        ({slug: original setting}) is what a valid form gives back."""
        super().__init__(data, **kwargs)
        self.fields["setting"].choices = [(s.slug, s.name) for s in workplace_settings]
        self.fields["setting"].error_messages["required"] = _("Choose your workplace setting.")
        self.fields["languages"].choices = [(code, labelled(code)) for code in library_languages()]
        self.originals = originals

    def clean_languages(self):
        languages = self.cleaned_data["languages"]
        if len(languages) > MAX_LANGUAGES:
            raise forms.ValidationError(
                _("Choose up to %(count)s languages.") % {"count": MAX_LANGUAGES}
            )
        return languages

    def chosen_setting(self):
        return self.originals[self.cleaned_data["setting"]]
