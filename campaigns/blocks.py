"""Blocks only campaign pages use, on top of the shared ``BaseStreamBlock``."""

from wagtail import blocks

from actsite.blocks import BaseStreamBlock, VideoBlock


class RelatedResourcesBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, default="Posters and flyers")
    resources = blocks.ListBlock(blocks.PageChooserBlock(page_type="campaigns.ResourcePage"))

    class Meta:
        icon = "doc-full"
        template = "blocks/related_resources_block.html"


class CampaignStreamBlock(BaseStreamBlock):
    video = VideoBlock()
    related_resources = RelatedResourcesBlock()
