"""Staff e-learning: modules and lessons (pages), learners, records, assignments."""

from .assignment import Assignment
from .assignment_email import AssignmentEmail
from .catalogue import LessonPage, Level, ModulePage, TrainingIndexPage
from .learners import Department, LearnerProfile
from .records import Completion, LessonView, QuizAttempt, ReplacedCertificate
from .reminder import TrainingReminder

__all__ = [
    "Assignment",
    "AssignmentEmail",
    "Completion",
    "Department",
    "LearnerProfile",
    "LessonPage",
    "LessonView",
    "Level",
    "ModulePage",
    "QuizAttempt",
    "ReplacedCertificate",
    "TrainingIndexPage",
    "TrainingReminder",
]
