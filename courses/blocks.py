"""Blocks for lessons (scenarios) and for quizzes (questions with one or more right answers)."""

from django.core.exceptions import ValidationError

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from actsite.blocks import BaseStreamBlock, VideoBlock


class ScenarioBlock(blocks.StructBlock):
    """A situation to think through, with what a good response looks like."""

    title = blocks.CharBlock(max_length=120)
    situation = blocks.TextBlock(help_text="What the learner sees or hears.")
    question = blocks.CharBlock(max_length=255, help_text="e.g. What would you do?")
    what_to_do = blocks.RichTextBlock(features=["bold", "italic", "ul", "ol", "link"])

    class Meta:
        icon = "help"
        template = "courses/blocks/scenario_block.html"


class LessonStreamBlock(BaseStreamBlock):
    video = VideoBlock()
    scenario = ScenarioBlock()


class ChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=255)
    correct = blocks.BooleanBlock(required=False)


class QuestionBlock(blocks.StructBlock):
    """A quiz question. Several right answers make it a "tick all that apply" question."""

    question = blocks.CharBlock(max_length=255)
    choices = blocks.ListBlock(ChoiceBlock(), min_num=2, max_num=8)
    explanation = blocks.TextBlock(
        help_text="Shown once the learner passes: why the right answers are right."
    )
    topic = blocks.CharBlock(
        max_length=120,
        required=False,
        help_text="What to revisit when this is answered wrongly, e.g. a lesson's title (which "
        "then links to it). A failed attempt shows topics, never the answers.",
    )

    def clean(self, value):
        value = super().clean(value)
        if not any(choice["correct"] for choice in value["choices"]):
            raise StructBlockValidationError(
                block_errors={"choices": ValidationError("Mark at least one answer as correct.")}
            )
        return value

    class Meta:
        icon = "list-ul"


class QuizStreamBlock(blocks.StreamBlock):
    question = QuestionBlock()
