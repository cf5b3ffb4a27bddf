"""Image and document models, swapped in from the start so they can grow without data migrations."""

from django.core.exceptions import ValidationError
from django.db import models
from django.template.defaultfilters import filesizeformat

from wagtail.documents.models import AbstractDocument, Document
from wagtail.images.models import AbstractImage, AbstractRendition, Image

from actsite.upload_checks import check_document_content


class SiteImage(AbstractImage):
    """An image whose description is the alt text read out by screen readers."""

    admin_form_fields = Image.admin_form_fields

    class Meta(AbstractImage.Meta):
        verbose_name = "image"
        verbose_name_plural = "images"


class SiteImageRendition(AbstractRendition):
    image = models.ForeignKey(SiteImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class SiteDocument(AbstractDocument):
    """A downloadable file (a poster, a flyer, a leaflet), with a picture of its first page."""

    preview_image = models.ForeignKey(
        SiteImage,
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    preview_of_hash = models.CharField(
        max_length=40, blank=True, editable=False, help_text="The file_hash the preview shows."
    )

    admin_form_fields = Document.admin_form_fields

    def clean(self):
        """Allowed extensions (Wagtail's check), then a new file's content must match its name."""
        super().clean()
        if self.file and not self.file._committed:
            try:
                check_document_content(self.file)
            except ValidationError as error:
                raise ValidationError({"file": error.messages}) from error

    class Meta(AbstractDocument.Meta):
        verbose_name = "document"
        verbose_name_plural = "documents"

    @property
    def file_type_label(self):
        """'PDF', 'DOCX'…: what people see beside a download button."""
        return self.file_extension.upper() or "File"

    @property
    def size_label(self):
        """'1.2 MB': the size in the units people read (non-breaking space)."""
        return filesizeformat(self.get_file_size() or 0)
