"""Image and document models, swapped in from the start so they can grow without data migrations."""

import io
import os

from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django.db import models
from django.template.defaultfilters import filesizeformat

from wagtail.documents.models import AbstractDocument, Document
from wagtail.images.models import AbstractImage, AbstractRendition, Image

from actsite.image_metadata import without_metadata
from actsite.upload_checks import check_document_content

# Documents that are pictures lose their metadata too (actsite.image_metadata).
PICTURE_EXTENSIONS = {"png", "jpg", "jpeg"}


def _clean_copy_of(field_file):
    """A copy of a new, not yet stored picture without its metadata, to store instead; None for
    a file already stored or in a format actsite.image_metadata does not write.

    Assigning the copy to an ImageField's attribute also updates width and height."""
    if not field_file or field_file._committed:
        return None
    cleaned = without_metadata(field_file)
    if cleaned is None:
        return None
    return ImageFile(io.BytesIO(cleaned), name=os.path.basename(field_file.name))


class SiteImage(AbstractImage):
    """An image whose description is the alt text read out by screen readers."""

    admin_form_fields = Image.admin_form_fields

    def save(self, *args, **kwargs):
        """A new file is stored without its location, author and other metadata, upright."""
        clean_file = _clean_copy_of(self.file)
        if clean_file:
            self.file = clean_file
            self._set_image_file_metadata()  # size and hash of what is stored
        super().save(*args, **kwargs)

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

    def save(self, *args, **kwargs):
        """A new PNG or JPEG is stored without its location, author and other metadata."""
        if self.file_extension.lower() in PICTURE_EXTENSIONS:
            clean_file = _clean_copy_of(self.file)
            if clean_file:
                self.file = clean_file
                self._set_document_file_metadata()  # size and hash of what is stored
        super().save(*args, **kwargs)

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
