"""Blocks that teach the signs and signpost help: the heart of every campaign."""

from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock


class SpotTheSignsBlock(blocks.StructBlock):
    """Where to look, what to look for and who is likely to notice.

    The shape of Annex 1 ("Victim Identification Audit") in the SOLACE report.
    """

    heading = blocks.CharBlock(max_length=120, default="Spot the signs")
    where_to_look = blocks.ListBlock(
        blocks.CharBlock(max_length=255), help_text="Places in this setting, e.g. 'hotel rooms'."
    )
    what_to_look_for = blocks.ListBlock(
        blocks.CharBlock(max_length=255), help_text="Each sign as a short sentence."
    )
    who_might_notice = blocks.ListBlock(
        blocks.CharBlock(max_length=255),
        required=False,
        help_text="The people most likely to notice, e.g. 'housekeeping staff'.",
    )

    class Meta:
        icon = "view"
        template = "blocks/spot_the_signs_block.html"


class HelplineCallToActionBlock(blocks.StructBlock):
    """A prominent 'call the helpline' panel; the number itself is the chosen snippet's."""

    heading = blocks.CharBlock(max_length=120, default="Worried about someone?")
    text = blocks.TextBlock(required=False)
    helpline = SnippetChooserBlock("actsite.Helpline")

    class Meta:
        icon = "mobile-alt"
        template = "blocks/helpline_cta_block.html"


class AccordionItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=255)
    answer = blocks.RichTextBlock(features=["bold", "italic", "ul", "ol", "link"])


class AccordionBlock(blocks.StructBlock):
    """Questions and answers; works without JavaScript (native <details>)."""

    heading = blocks.CharBlock(max_length=120, required=False)
    items = blocks.ListBlock(AccordionItemBlock())

    class Meta:
        icon = "list-ul"
        template = "blocks/accordion_block.html"


class SignpostBlock(blocks.StructBlock):
    """A card linking to another part of the site."""

    page = blocks.PageChooserBlock()
    title = blocks.CharBlock(max_length=80, required=False, help_text="Defaults to the page title.")
    text = blocks.CharBlock(max_length=255)

    class Meta:
        icon = "link"
        template = "blocks/signpost_block.html"
