"""Image and video blocks."""

from django.core.exceptions import ValidationError
from django.utils.html import strip_tags

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock


class CaptionedImageBlock(blocks.StructBlock):
    """An image with an optional caption. Alt text comes from the image's description."""

    image = ImageChooserBlock()
    caption = blocks.CharBlock(required=False, max_length=255)

    class Meta:
        icon = "image"
        template = "blocks/captioned_image_block.html"


class VideoBlock(blocks.StructBlock):
    """A video hosted elsewhere, never embedded: nothing loads from a third party until the
    visitor chooses to leave the site. The transcript is required and shown on the page."""

    title = blocks.CharBlock(max_length=120)
    url = blocks.URLBlock(help_text="Where the video can be watched, e.g. a YouTube address.")
    duration = blocks.CharBlock(max_length=20, required=False, help_text="e.g. 3 minutes")
    transcript = blocks.RichTextBlock(features=["bold", "italic", "ul", "ol"])

    def clean(self, value):
        value = super().clean(value)
        if not strip_tags(value["transcript"].source).strip():
            raise StructBlockValidationError(
                block_errors={
                    "transcript": ValidationError(
                        "Add a transcript: people who cannot watch or hear the video need it."
                    )
                }
            )
        return value

    class Meta:
        icon = "media"
        template = "blocks/video_block.html"
