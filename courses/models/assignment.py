"""Training managers assign modules, with a due date, to a department, a setting or a person."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models

from wagtail.admin.panels import FieldPanel, MultiFieldPanel


class Assignment(models.Model):
    module = models.ForeignKey(
        "courses.ModulePage", on_delete=models.CASCADE, related_name="assignments"
    )
    due_on = models.DateField()
    department = models.ForeignKey(
        "courses.Department", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    workplace_setting = models.ForeignKey(
        "actsite.WorkplaceSetting",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="assignments",
    )
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    panels = [
        FieldPanel("module"),
        FieldPanel("due_on"),
        MultiFieldPanel(
            [FieldPanel("department"), FieldPanel("workplace_setting"), FieldPanel("learner")],
            heading="Assign to (choose one)",
        ),
    ]

    class Meta:
        ordering = ["due_on"]

    def __str__(self):
        return f"{self.module} for {self.target_label}, due {self.due_on:%d %b %Y}"

    @property
    def target_label(self):
        return str(self.department or self.workplace_setting or self.learner)

    def clean(self):
        targets = [self.department_id, self.workplace_setting_id, self.learner_id]
        if sum(bool(target) for target in targets) != 1:
            raise ValidationError(
                "Choose exactly one: a department, a workplace setting or a person."
            )
