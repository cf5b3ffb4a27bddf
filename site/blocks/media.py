"""Image blocks."""

from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock


class CaptionedImageBlock(blocks.StructBlock):
    """An image with an optional caption. Alt text comes from the image's description."""

    image = ImageChooserBlock()
    caption = blocks.CharBlock(required=False, max_length=255)

    class Meta:
        icon = "image"
        template = "blocks/captioned_image_block.html"
