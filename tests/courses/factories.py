import factory

from django.contrib.auth import get_user_model

from courses.models import (
    Department,
    LearnerProfile,
    LessonPage,
    ModulePage,
    TrainingIndexPage,
)
from tests.campaigns.factories import settings_named
from tests.factories import PageFactory

# Two questions: the first has one right answer (index 1), the second two (indexes 0 and 2).
QUIZ = [
    (
        "question",
        {
            "question": "A kitchen worker never leaves the premises. What might it mean?",
            "choices": [
                {"text": "Nothing: they like their job", "correct": False},
                {"text": "They may be controlled by someone", "correct": True},
            ],
            "explanation": "Never leaving work can be a sign of control.",
            "topic": "Signs of control",
        },
    ),
    (
        "question",
        {
            "question": "Who can you call? Tick all that apply.",
            "choices": [
                {"text": "The Modern Slavery Helpline, 08000 121 700", "correct": True},
                {"text": "Nobody: it is not your business", "correct": False},
                {"text": "999 if someone is in immediate danger", "correct": True},
            ],
            "explanation": "The helpline is free and confidential; 999 in an emergency.",
            "topic": "Who to call",
        },
    ),
]
ALL_RIGHT = {0: ["1"], 1: ["0", "2"]}
ONE_WRONG = {0: ["0"], 1: ["0", "2"]}


class TrainingIndexPageFactory(PageFactory):
    class Meta:
        model = TrainingIndexPage

    title = "Training"
    slug = "training"


class ModulePageFactory(PageFactory):
    class Meta:
        model = ModulePage

    title = factory.Sequence(lambda n: f"Spotting exploitation {n}")
    summary = "Recognise the signs and know who to call."
    learning_outcomes = "<ul><li>Recognise the signs</li></ul>"
    workplace_settings = factory.LazyFunction(lambda: settings_named("restaurants"))
    pass_mark = 100
    validity_months = 12
    quiz = factory.LazyFunction(lambda: QUIZ)
    # No quiz limits unless a test sets them (tests/courses/test_quiz_rules.py does).
    retry_wait_minutes = 0
    max_attempts_per_day = 0
    questions_per_attempt = 0  # every question (tests/courses/test_quiz_draw.py draws)


class LessonPageFactory(PageFactory):
    class Meta:
        model = LessonPage

    title = factory.Sequence(lambda n: f"Lesson {n}")
    body = factory.LazyFunction(lambda: [("paragraph", "<p>Look for the signs.</p>")])


def module_with_lessons(index, lessons=3, **kwargs):
    module = ModulePageFactory(parent=index, **kwargs)
    for _ in range(lessons):
        LessonPageFactory(parent=module)
    return ModulePage.objects.get(pk=module.pk)


def answers(module, by_position):
    """Answers keyed by question id, from answers keyed by question position."""
    ids = [block.id for block in module.quiz]
    return {ids[position]: choices for position, choices in by_position.items()}


def learner(username="sam", department=None, setting="restaurants", **kwargs):
    user = get_user_model().objects.create_user(
        username, f"{username}@example.org", "a long password for tests", **kwargs
    )
    department = Department.objects.get_or_create(name=department)[0] if department else None
    LearnerProfile.objects.create(
        user=user,
        department=department,
        workplace_setting=settings_named(setting)[0] if setting else None,
    )
    return user
