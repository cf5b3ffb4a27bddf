"""The library's filters, and what every public form of the campaigns app shares."""

from urllib.parse import urlencode

from django import forms
from django.utils.translation import gettext_lazy as _

from actsite.languages import language_choices
from campaigns.models.resource import PaperSize, ResourceKind


class ResourceFilterForm(forms.Form):
    """The library's filters, sent by GET: the choice lives in the URL and works without JS."""

    setting = forms.ChoiceField(required=False, label=_("Workplace setting"))
    kind = forms.ChoiceField(
        required=False, label=_("Kind"), choices=[("", _("Any kind")), *ResourceKind.choices]
    )
    size = forms.ChoiceField(
        required=False, label=_("Size"), choices=[("", _("Any size")), *PaperSize.choices]
    )
    # Only the languages some poster or flyer has a file in (see __init__).
    language = forms.ChoiceField(required=False, label=_("Language"))
    # Set by a campaign page's "see all" link; kept while the other filters change.
    campaign = forms.SlugField(required=False, widget=forms.HiddenInput)

    def __init__(self, data, workplace_settings, languages=None, **kwargs):
        """``languages``: the codes that have files (every site language when not given)."""
        super().__init__(data, **kwargs)
        offered = [
            (code, name)
            for code, name in language_choices()
            if languages is None or code in set(languages)
        ]
        self.fields["language"].choices = [("", _("Any language")), *offered]
        self.fields["setting"].choices = [("", _("Any setting"))] + [
            (setting.slug, setting.name) for setting in workplace_settings
        ]
        self.workplace_settings = {setting.slug: setting for setting in workplace_settings}

    def filter(self, resources):
        """Apply the valid filters to ``resources``; an invalid one is reported and ignored.
        (The workplace setting is filtered by the index page, as on every index.)"""
        self.is_valid()
        chosen = {name: value for name, value in self.cleaned_data.items() if value}
        if "kind" in chosen:
            resources = resources.filter(kind=chosen["kind"])
        if "size" in chosen:
            resources = resources.filter(paper_size=chosen["size"])
        if "campaign" in chosen:
            resources = resources.filter(campaign__slug=chosen["campaign"])
        if "language" in chosen:
            resources = resources.filter(files__language=chosen["language"])
        return resources.distinct()

    def query_string(self):
        """The valid filters as a URL query, for pagination links."""

        return urlencode({k: v for k, v in getattr(self, "cleaned_data", {}).items() if v})


class SingleLineFieldsMixin:
    """Fields typed in one-line boxes keep one line: a line break pasted (or forged) into a
    name would read as extra headers in the emails that quote it."""

    single_line_fields = ()

    def clean(self):
        data = super().clean()
        for name in self.single_line_fields:
            if isinstance(data.get(name), str):
                data[name] = " ".join(data[name].split())
        return data
