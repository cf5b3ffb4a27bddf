"""What learners did: lessons viewed, quiz attempts, and completions (a dated history)."""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def new_certificate_code():
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(12))


class LessonView(models.Model):
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_views"
    )
    lesson = models.ForeignKey("courses.LessonPage", on_delete=models.CASCADE, related_name="+")
    module = models.ForeignKey("courses.ModulePage", on_delete=models.CASCADE, related_name="+")
    viewed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["learner", "lesson"], name="one_view_per_lesson")
        ]
        indexes = [models.Index(fields=["module", "learner"])]

    def __str__(self):
        return f"Lesson {self.lesson_id} viewed {self.viewed_at:%d %b %Y}"


class QuizAttempt(models.Model):
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_attempts"
    )
    module = models.ForeignKey("courses.ModulePage", on_delete=models.CASCADE, related_name="+")
    score = models.PositiveSmallIntegerField(help_text="Percentage of questions answered right.")
    passed = models.BooleanField()
    answers = models.JSONField(help_text="Question id → the choices ticked.")
    submitted_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-submitted_at"]
        indexes = [models.Index(fields=["module", "learner", "passed"])]

    def __str__(self):
        return f"{self.score}% ({'passed' if self.passed else 'not passed'})"


class Completion(models.Model):
    """One completion of a module. Never changed afterwards: renewing adds another."""

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="completions"
    )
    module = models.ForeignKey(
        "courses.ModulePage", on_delete=models.PROTECT, related_name="completions"
    )
    completed_at = models.DateTimeField(default=timezone.now)
    score = models.PositiveSmallIntegerField()
    valid_until = models.DateField()
    certificate_code = models.CharField(max_length=12, unique=True, default=new_certificate_code)
    # Set when the holder's personal data is erased: the certificate verifies without a name.
    withdrawn_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-completed_at"]
        permissions = [("view_training_report", "Can see training reports")]
        indexes = [models.Index(fields=["module", "learner", "valid_until"])]

    def __str__(self):
        return f"{self.module} ({self.completed_at:%d %b %Y})"

    @property
    def is_valid(self):
        return self.valid_until >= timezone.localdate()


class ReplacedCertificate(models.Model):
    """A certificate code that a reissue replaced (``courses.certificates.reissue_certificate``):
    checking it says "replaced", never "unknown", so a lost copy is not mistaken for a fake."""

    code = models.CharField(max_length=12, unique=True)
    completion = models.ForeignKey(
        Completion, on_delete=models.CASCADE, related_name="replaced_codes"
    )
    replaced_at = models.DateTimeField(default=timezone.now)
    replaced_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-replaced_at"]

    def __str__(self):
        return f"Certificate replaced {self.replaced_at:%d %b %Y}"
