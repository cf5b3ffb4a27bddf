"""The training catalogue at /training/: modules (pages) made of lessons and a quiz."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from actsite.listing import FilteredListingMixin
from actsite.localized import localized_children
from actsite.purging import ListingPurgeMixin
from actsite.search_stems import STEMS_FIELD, StemmedSearchMixin
from actsite.translated_choices import TranslatedChoicesPageForm
from courses.blocks import LessonStreamBlock, QuizStreamBlock
from courses.models.learner_routes import LessonServe, ModuleRoutes, TrainingIndexRoutes

MODULES_PER_PAGE = 12


class Level(models.TextChoices):
    AWARENESS = "awareness", _("Awareness (all staff)")
    IN_DEPTH = "in-depth", _("In depth (frontline staff)")
    ADVANCED = "advanced", _("Advanced (staff who refer)")


class TrainingIndexPage(FilteredListingMixin, ListingPurgeMixin, TrainingIndexRoutes, Page):
    """The catalogue of modules, filterable by setting and level. Routes: my/, team/, verify/."""

    intro = models.CharField(max_length=255, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["actsite.HomePage"]
    subpage_types = ["courses.ModulePage"]
    max_count_per_parent = 1
    template = "courses/training_index_page.html"
    listing_model, listing_context_name = "courses.ModulePage", "modules"
    listing_per_page = MODULES_PER_PAGE

    def filter_listing(self, modules, request, context):
        """``?level=``, besides the setting."""
        level = request.GET.get("level", "")
        context.update(levels=Level.choices, chosen_level=level)
        if level in Level.values:
            modules = modules.filter(level=level)
        return modules.order_by("title")


class ModulePage(StemmedSearchMixin, ModuleRoutes, Page):
    """A module: its lessons are child pages; it ends with a quiz scored on the server."""

    summary = models.CharField(max_length=255)
    learning_outcomes = RichTextField(features=["ul", "ol", "bold", "italic"])
    level = models.CharField(max_length=12, choices=Level.choices, default=Level.AWARENESS)
    workplace_settings = ParentalManyToManyField(
        "actsite.WorkplaceSetting", related_name="modules", blank=True
    )
    estimated_minutes = models.PositiveSmallIntegerField(default=20)
    validity_months = models.PositiveSmallIntegerField(
        default=12, help_text="How long a completion counts before the learner must renew it."
    )
    pass_mark = models.PositiveSmallIntegerField(
        default=80, help_text="Percentage of questions to answer correctly."
    )
    retry_wait_minutes = models.PositiveSmallIntegerField(
        default=10,
        help_text="How long a learner waits after a failed quiz attempt before trying again "
        "(0: no wait).",
    )
    max_attempts_per_day = models.PositiveSmallIntegerField(
        default=5,
        help_text="Quiz attempts a learner may make in a day (0: no limit).",
    )
    questions_per_attempt = models.PositiveSmallIntegerField(
        default=6,
        blank=True,
        help_text="How many questions of the bank each attempt asks, drawn at random "
        "(0: every question).",
    )
    quiz = StreamField(QuizStreamBlock(), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("learning_outcomes"),
        FieldRowPanel([FieldPanel("level"), FieldPanel("estimated_minutes")]),
        FieldPanel("workplace_settings", widget=forms.CheckboxSelectMultiple),
        FieldRowPanel([FieldPanel("validity_months"), FieldPanel("pass_mark")]),
        FieldRowPanel([FieldPanel("retry_wait_minutes"), FieldPanel("max_attempts_per_day")]),
        FieldPanel("questions_per_attempt"),
        FieldPanel("quiz", heading="Question bank"),
    ]
    search_fields = [*Page.search_fields, STEMS_FIELD, index.SearchField("summary")]
    parent_page_types = ["courses.TrainingIndexPage"]
    subpage_types = ["courses.LessonPage"]
    template = "courses/module_page.html"
    base_form_class = TranslatedChoicesPageForm  # each workplace setting once

    def clean(self):
        super().clean()
        if self.pass_mark is not None and not 1 <= self.pass_mark <= 100:
            raise ValidationError({"pass_mark": "The pass mark is a percentage from 1 to 100."})
        if self.questions_per_attempt is None:
            self.questions_per_attempt = 0  # blank: every question
        bank = sum(block.block_type == "question" for block in self.quiz)
        if bank and self.questions_per_attempt > bank:
            raise ValidationError(
                {
                    "questions_per_attempt": f"The question bank has {bank} questions: add "
                    f"questions, or ask at most {bank} per attempt (0 asks them all)."
                }
            )

    @classmethod
    def with_listing_data(cls, queryset):
        return queryset.prefetch_related("workplace_settings")

    def lessons(self):
        return localized_children(LessonPage.objects.live(), self).order_by("path")


class LessonPage(StemmedSearchMixin, LessonServe, Page):
    body = StreamField(LessonStreamBlock())

    requires_sign_in = True  # left out of the sitemap (actsite.sitemaps): it redirects to sign-in

    content_panels = [*Page.content_panels, FieldPanel("body")]
    search_fields = [*Page.search_fields, STEMS_FIELD, index.SearchField("body")]
    parent_page_types = ["courses.ModulePage"]
    subpage_types = []
    template = "courses/lesson_page.html"
