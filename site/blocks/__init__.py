"""StreamField blocks shared by every page type. Pages use ``BaseStreamBlock`` for their body."""

from wagtail import blocks

from .media import CaptionedImageBlock, VideoBlock
from .signposting import (
    AccordionBlock,
    HelplineCallToActionBlock,
    SignpostBlock,
    SpotTheSignsBlock,
)
from .text import RICH_TEXT_FEATURES, HeadingBlock, QuoteBlock

__all__ = [
    "RICH_TEXT_FEATURES",
    "AccordionBlock",
    "BaseStreamBlock",
    "CaptionedImageBlock",
    "HeadingBlock",
    "HelplineCallToActionBlock",
    "QuoteBlock",
    "SignpostBlock",
    "SpotTheSignsBlock",
    "VideoBlock",
]


class BaseStreamBlock(blocks.StreamBlock):
    """The body every content page shares."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)
    spot_the_signs = SpotTheSignsBlock()
    helpline = HelplineCallToActionBlock()
    quote = QuoteBlock()
    image = CaptionedImageBlock()
    accordion = AccordionBlock()
