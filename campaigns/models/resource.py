"""Posters and flyers: the library at /resources/ and one page per resource."""

from django import forms
from django.db import models
from django.urls import reverse
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from actsite.languages import gloss, language_choices, native_name, visitors_name
from actsite.search_stems import STEMS_FIELD, StemmedSearchMixin
from actsite.translated_choices import TranslatedChoicesPageForm
from campaigns.admin_panels import QRCodesPanel


class ResourceKind(models.TextChoices):
    POSTER = "poster", _("Poster")
    FLYER = "flyer", _("Flyer")
    POCKET_CARD = "pocket-card", _("Pocket card")
    LEAFLET = "leaflet", _("Leaflet")


class PaperSize(models.TextChoices):
    A3 = "a3", "A3"
    A4 = "a4", "A4"
    A5 = "a5", "A5"
    CREDIT_CARD = "credit-card", _("Credit card")


class ResourcePage(StemmedSearchMixin, Page):
    """A poster, flyer, pocket card or leaflet, with one file per language."""

    description = models.TextField(help_text="What it is for and where to put it up.")
    kind = models.CharField(max_length=20, choices=ResourceKind.choices)
    paper_size = models.CharField(max_length=20, choices=PaperSize.choices)
    workplace_settings = ParentalManyToManyField(
        "actsite.WorkplaceSetting", related_name="resources"
    )
    campaign = models.ForeignKey(
        "campaigns.CampaignPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="resources",
    )
    preview_image = models.ForeignKey(
        "actsite.SiteImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Leave empty to use a picture of the first page of the PDF in the "
        "visitor's language (each file's own).",
    )
    text_alternative = RichTextField(
        features=["h2", "h3", "bold", "italic", "ul", "ol"],
        help_text="Every word on the poster, for screen readers and translators.",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("paper_size")]),
        FieldPanel("workplace_settings", widget=forms.CheckboxSelectMultiple),
        FieldPanel("campaign"),
        InlinePanel("files", label="File", heading="Files, one per language", min_num=1),
        FieldPanel("preview_image"),
        FieldPanel("text_alternative"),
        QRCodesPanel(heading="QR codes"),
    ]
    search_fields = [
        *Page.search_fields,
        STEMS_FIELD,
        index.SearchField("description"),
        index.SearchField("text_alternative"),
        index.RelatedFields("files", [index.SearchField("text_alternative")]),
        index.FilterField("kind"),
    ]
    parent_page_types = ["campaigns.ResourceIndexPage"]
    subpage_types = []
    template = "campaigns/resource_page.html"
    base_form_class = TranslatedChoicesPageForm  # each workplace setting once

    @staticmethod
    def files_prefetch():
        return models.Prefetch(
            "files",
            queryset=ResourceFile.objects.select_related(
                "document", "document__preview_image"
            ).prefetch_related("document__preview_image__renditions"),
        )

    @classmethod
    def with_listing_data(cls, queryset):
        """What a resource card shows, fetched in a fixed number of queries."""
        return queryset.select_related("preview_image").prefetch_related(
            "workplace_settings", "preview_image__renditions", cls.files_prefetch()
        )

    def listed_on(self):
        """Pages besides its index, hubs and home that list this resource (actsite.purging)."""
        return [self.campaign]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        models.prefetch_related_objects([self], self.files_prefetch(), "workplace_settings")
        # The file in the language asked for (?language=) first, else the page's own language.
        wanted = request.GET.get("language") or translation.get_language() or ""
        files = self.files_for_language(wanted.split("-")[0])
        context["files"] = files
        context["preview"] = self.preview_of(files)
        # The shown file's own words, when it has them; else the page's text alternative.
        context["text_file"] = files[0] if files and files[0].text_alternative else None
        context["pack_request_url"] = reverse("pack_request") + f"?resource={self.pk}"
        # The campaign in the visitor's language where it is translated (live): an alias or an
        # older translation of this page may still point at the original.
        context["campaign"] = self.campaign.localized if self.campaign_id else None
        return context

    @cached_property
    def ordered_files(self):
        return list(self.files.all())

    def files_for_language(self, language_code=None):
        """The files with the one in ``language_code`` (if any) first."""
        return sorted(self.ordered_files, key=lambda f: f.language != language_code)

    @property
    def preview(self):
        """The uploaded preview, or the first page of the first PDF (library cards)."""
        return self.preview_of(self.ordered_files)

    def preview_of(self, files):
        """The uploaded preview (this translation's own, or the original's), or the first page
        of the first of ``files`` that has one: the shown language's file when it comes first."""
        if self.preview_image:
            return self.preview_image
        for resource_file in files:
            if resource_file.document.preview_image:
                return resource_file.document.preview_image
        return None

    @property
    def languages(self):
        return [resource_file.language for resource_file in self.ordered_files]


class ResourceFile(Orderable):
    """The file of one resource in one language."""

    page = ParentalKey(ResourcePage, on_delete=models.CASCADE, related_name="files")
    language = models.CharField(max_length=8, choices=language_choices)
    document = models.ForeignKey("actsite.SiteDocument", on_delete=models.PROTECT, related_name="+")
    text_alternative = models.TextField(
        blank=True,
        help_text="Every word on this file, in its own language, for screen readers. Leave "
        "empty when the page's text alternative says it (the page's own language).",
    )

    panels = [FieldPanel("language"), FieldPanel("document"), FieldPanel("text_alternative")]

    class Meta(Orderable.Meta):
        constraints = [
            models.UniqueConstraint(fields=["page", "language"], name="one_file_per_language")
        ]

    def __str__(self):
        return f"{self.page} ({self.language})"

    @property
    def language_name(self):
        """The file's language named in the visitor's language."""
        return visitors_name(self.language)

    @property
    def language_gloss(self):
        """The language's name for the visitor, when it differs from its own name (else "")."""
        return gloss(self.language)

    @property
    def language_native_name(self):
        return native_name(self.language)
