"""The demo's training modules teach: a module at each level, lessons of substance, question
banks of at least 8 with topics, and a learner can complete the advanced module on the site.

The demo, with its translations, is loaded once for the module (``demo_content``)."""

import io
import re

import pytest

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils.html import escape, strip_tags

from courses import quiz_draw
from courses.models import Completion, Level, ModulePage
from tests.courses.factories import learner
from tests.courses.test_quiz_draw import shown_ids

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_content")]


def english_modules():
    return ModulePage.objects.live().filter(locale__language_code="en-gb").order_by("path")


def right_answers(module, drawn):
    """The correct choices of each question drawn, by question id."""
    return {
        block.id: [str(i) for i, choice in enumerate(block.value["choices"]) if choice["correct"]]
        for block in module.quiz
        if block.id in drawn
    }


def wrong_choice(question):
    return next(str(i) for i, choice in enumerate(question["choices"]) if not choice["correct"])


def form(answers):
    return {f"q-{question_id}": choices for question_id, choices in answers.items()}


def words(lesson):
    return len(strip_tags(str(lesson.body)).split())


def test_there_is_a_module_at_each_level_and_an_in_depth_one_for_each_setting():
    modules = english_modules()
    assert {module.level for module in modules} == {value for value, _ in Level.choices}
    for setting in ("restaurants", "transport", "leisure"):
        assert modules.filter(workplace_settings__slug=setting, level=Level.AWARENESS).exists()
        assert modules.filter(workplace_settings__slug=setting, level=Level.IN_DEPTH).exists()
        assert modules.filter(workplace_settings__slug=setting, level=Level.ADVANCED).exists()
    outcomes = [module.learning_outcomes for module in modules]
    assert len(set(outcomes)) == len(outcomes)  # each module says what it teaches
    assert all(outcome.count("<li>") >= 3 for outcome in outcomes)


def test_every_module_has_lessons_of_substance_and_a_bank_of_questions_with_topics():
    for module in english_modules():
        lessons = list(module.lessons())
        assert len(lessons) >= 3, module.slug
        titles = {lesson.title for lesson in lessons}
        for lesson in lessons:
            assert len(lesson.body) >= 2, lesson.title  # more than one block
            assert str(lesson.body).count("<p>") >= 2, lesson.title  # more than one paragraph
            assert words(lesson) >= 100, lesson.title
        questions = [block.value for block in module.quiz]
        assert len(questions) >= 8, module.slug
        assert 5 <= module.questions_per_attempt < len(questions), module.slug  # a real draw
        assert len({q["question"] for q in questions}) == len(questions)
        for question in questions:
            correct = [c for c in question["choices"] if c["correct"]]
            assert correct and len(correct) < len(question["choices"]), question["question"]
            assert question["topic"] in titles, question["question"]  # links to its lesson
            assert question["explanation"]
        assert {q["topic"] for q in questions} == titles  # every lesson is tested


def test_estimated_times_match_the_length_of_each_module():
    """Reading at about 150 words a minute, a minute to think through each scenario or case,
    and about 45 seconds for each question an attempt asks."""
    expected = {
        Level.AWARENESS: range(8, 13),
        Level.IN_DEPTH: range(12, 21),
        Level.ADVANCED: range(25, 46),
    }
    for module in english_modules():
        assert module.estimated_minutes in expected[module.level], module.slug
        lessons = list(module.lessons())
        reading = sum(words(lesson) for lesson in lessons) / 150
        thinking = sum(
            block.block_type in ("scenario", "quote", "accordion")
            for lesson in lessons
            for block in lesson.body
        )
        length = reading + thinking + 0.75 * quiz_draw.draw_size(module)
        assert 0.7 * length <= module.estimated_minutes <= 1.4 * length, (module.slug, length)


def test_a_learner_completes_the_advanced_module_through_the_site(client):
    module = ModulePage.objects.get(level=Level.ADVANCED, locale__language_code="en-gb")
    user = learner("dana", department="Housing")
    client.force_login(user)

    overview = client.get(module.url).text
    assert "Advanced (staff who refer)" in overview and "about 40 minutes" in overview
    assert "notify the Home Office when they decline" in overview
    lessons = list(module.lessons())
    for number, lesson in enumerate(lessons, start=1):
        page = client.get(lesson.url)
        assert f"lesson {number} of {len(lessons)}" in page.text
    quiz = client.get(f"{module.url}quiz/").text
    drawn = shown_ids(quiz)
    assert len(drawn) == module.questions_per_attempt == 10  # of a bank of 15
    bank = {block.id: block.value for block in module.quiz}
    assert all(escape(bank[question_id]["question"]) in quiz for question_id in drawn)

    # Three wrong (7 of 10, 70%) is under the pass mark of 80%: topics, never the answers.
    answers = right_answers(module, drawn)
    for question_id in drawn[:3]:
        answers[question_id] = [wrong_choice(bank[question_id])]
    failed = client.post(f"{module.url}quiz/", form(answers))
    assert "Not passed this time: 70%" in failed.text
    topics = re.findall(r'<ul class="quiz-topics">(.*?)</ul>', failed.text, re.S)[0]
    for question_id in drawn[:3]:
        assert escape(bank[question_id]["topic"]) in topics
        assert escape(bank[question_id]["explanation"]) not in failed.text
    assert "a right answer" not in failed.text
    assert not Completion.objects.filter(learner=user).exists()

    module.retry_wait_minutes = 0  # the demo makes learners wait 10 minutes; not this test
    module.save_revision().publish()
    drawn = shown_ids(client.get(f"{module.url}quiz/").text)  # a new draw
    passed = client.post(f"{module.url}quiz/", form(right_answers(module, drawn)))
    assert "You passed: 100%" in passed.text
    completion = Completion.objects.get(learner=user, module=module)
    assert completion.certificate_code in passed.text
    link = re.search(r'<a href="([^"]+)">Download your certificate \(PDF\)', passed.text)
    certificate = client.get(link.group(1))
    assert certificate["Content-Type"] == "application/pdf"
    assert "Certificate (PDF)" in client.get("/training/my/").text


def test_welsh_and_polish_visitors_get_the_untranslated_modules_in_english_with_the_notice(client):
    modules = english_modules()
    for language in ("cy", "pl"):
        for module in modules:
            page = client.get(f"/{language}/training/{module.slug}/")
            assert page.status_code == 200, (language, module.slug)
            if language == "cy" and module.slug == "modern-slavery-awareness":
                # Translated, lessons and quiz too: Welsh, without the notice.
                assert "untranslated-notice" not in page.text
                assert "Beth yw caethwasiaeth fodern" in page.text
                continue
            assert "untranslated-notice" in page.text
            assert module.title in page.text


def test_loading_over_a_database_from_an_older_demo_still_works(monkeypatch):
    """Modules are never overwritten: an older demo's (all one level here) stay as they are,
    and staff and the demo learner are still given modules that exist."""
    ModulePage.objects.update(level=Level.AWARENESS)
    get_user_model().objects.filter(email__endswith="@council.example.org").delete()
    monkeypatch.setenv("DEMO_USER_PASSWORD", "a demo password for tests")
    call_command("load_demo_content", users=True, no_translations=True, stdout=io.StringIO())
    assert Completion.objects.filter(learner__email__endswith="@council.example.org").exists()
    sam = get_user_model().objects.get(username="sam")
    assert sam.learner.workplace_setting.slug == "restaurants"
    assert sam.assignments.exists()
