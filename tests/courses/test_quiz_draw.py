"""Each attempt at a quiz asks questions drawn at random from the module's bank: the draw is
made on the server when the learner opens the quiz, shown again on reload, marked alone (the
pass mark applies to it), refused for answers to anything else, and drawn again for the next
attempt, in every language the module is published in."""

import re

import pytest

from django.core.exceptions import ValidationError
from django.utils import translation

from courses import quiz_draw
from courses.models import Completion, QuizAttempt
from tests.campaigns.translations import translate
from tests.courses.factories import learner, module_with_lessons

pytestmark = pytest.mark.django_db

BANK = [
    (
        "question",
        {
            "question": f"Question number {n}: which is right?",
            "choices": [
                {"text": f"Right answer {n}", "correct": True},
                {"text": f"Wrong answer {n}", "correct": False},
            ],
            "explanation": f"Explanation {n}.",
            "topic": f"Topic {n}",
        },
    )
    for n in range(8)
]


@pytest.fixture
def sam(client):
    user = learner("sam")
    client.force_login(user)
    return user


@pytest.fixture
def drawn_module(training_index):
    """A bank of 8 questions, 5 asked per attempt, a pass mark of 80%."""
    return module_with_lessons(
        training_index, quiz=BANK, questions_per_attempt=5, pass_mark=80, lessons=1
    )


def shown_ids(html):
    """The ids of the questions on the quiz page, in the order shown."""
    return list(dict.fromkeys(re.findall(r'name="q-([^"]+)"', html)))


def open_quiz(client, module):
    response = client.get(f"{module.url}quiz/")
    assert response.status_code == 200
    return shown_ids(response.text)


def right(module, question_id):
    (block,) = [block for block in module.quiz if block.id == question_id]
    return [str(i) for i, c in enumerate(block.value["choices"]) if c["correct"]]


def wrong(module, question_id):
    (block,) = [block for block in module.quiz if block.id == question_id]
    return [str(i) for i, c in enumerate(block.value["choices"]) if not c["correct"]][:1]


def answer(client, module, ids, wrongly=(), url=None):
    """Post answers to ``ids``: right, except those in ``wrongly``."""
    form = {f"q-{i}": (wrong if i in wrongly else right)(module, i) for i in ids}
    return client.post(url or f"{module.url}quiz/", form)


def test_the_page_shows_the_drawn_questions_and_the_same_ones_on_reload(client, sam, drawn_module):
    ids = open_quiz(client, drawn_module)
    assert len(ids) == 5
    assert set(ids) <= {block.id for block in drawn_module.quiz}
    page = client.get(f"{drawn_module.url}quiz/").text
    assert page.count('<fieldset class="quiz-question">') == 5
    assert shown_ids(page) == ids  # reloading shows the same draw, in the same order
    for number, question_id in enumerate(ids, start=1):
        (block,) = [b for b in drawn_module.quiz if b.id == question_id]
        assert f"{number}. {block.value['question']}" in page


def test_every_question_can_come_up_and_each_attempt_draws_again(client, sam, drawn_module):
    seen = set()
    for _ in range(200):  # 8 choose 5: a question misses 200 draws with odds (3/8)**200
        draw = quiz_draw.draw(drawn_module)
        assert len(draw) == len(set(draw)) == 5
        seen.update(draw)
    assert seen == {block.id for block in drawn_module.quiz}

    draws = []
    for _ in range(6):
        ids = open_quiz(client, drawn_module)
        assert answer(client, drawn_module, ids, wrongly=ids).status_code == 200  # marked
        draws.append(frozenset(ids))
    assert QuizAttempt.objects.count() == 6
    assert len(set(draws)) > 1  # 56 possible draws: six the same has odds 56**-5


def test_the_pass_mark_applies_to_the_drawn_questions(client, sam, drawn_module):
    client.get(drawn_module.lessons().first().url)
    ids = open_quiz(client, drawn_module)
    failed = answer(client, drawn_module, ids, wrongly=ids[:2])  # 3 of 5: 60%
    assert "Not passed this time: 60%" in failed.text
    assert "You answered 3 of 5 questions right." in failed.text
    topics = re.findall(r'<ul class="quiz-topics">(.*?)</ul>', failed.text, re.S)[0]
    by_id = {block.id: block.value for block in drawn_module.quiz}
    assert sorted(re.findall(r"Topic \d", topics)) == sorted(by_id[i]["topic"] for i in ids[:2])
    for question_id in ids:
        assert by_id[question_id]["explanation"] not in failed.text  # never the answers
    assert "a right answer" not in failed.text
    attempt = QuizAttempt.objects.get()
    assert (attempt.score, attempt.passed, set(attempt.answers)) == (60, False, set(ids))

    ids = open_quiz(client, drawn_module)
    passed = answer(client, drawn_module, ids, wrongly=ids[:1])  # 4 of 5: 80%, the undrawn 3
    assert "You passed: 80%" in passed.text  # are not counted against the learner
    assert Completion.objects.get(learner=sam).score == 80


def test_answers_to_questions_not_drawn_are_refused_and_store_nothing(client, sam, drawn_module):
    ids = open_quiz(client, drawn_module)
    undrawn = next(block.id for block in drawn_module.quiz if block.id not in ids)
    form = {f"q-{i}": right(drawn_module, i) for i in [*ids, undrawn]}
    refused = client.post(f"{drawn_module.url}quiz/", form)
    assert refused.status_code == 400 and "do not belong to this quiz" in refused.text
    made_up = client.post(f"{drawn_module.url}quiz/", {f"q-{ids[0]}": ["7"]})
    assert made_up.status_code == 400
    assert not QuizAttempt.objects.exists()
    assert shown_ids(refused.text) == ids  # the same draw, to answer properly
    assert answer(client, drawn_module, ids).status_code == 200
    assert QuizAttempt.objects.get().passed


def test_answers_with_no_draw_or_marked_twice_are_refused(client, sam, drawn_module):
    """Posting without opening the quiz, or posting the same answers again (the back button),
    marks nothing: the learner is given a new draw."""
    ids = [block.id for block in drawn_module.quiz][:5]
    unopened = answer(client, drawn_module, ids)
    assert unopened.status_code == 400 and "already marked" in unopened.text
    assert len(shown_ids(unopened.text)) == 5 and not QuizAttempt.objects.exists()

    ids = open_quiz(client, drawn_module)
    assert answer(client, drawn_module, ids).status_code == 200
    again = answer(client, drawn_module, ids)
    assert again.status_code == 400 and QuizAttempt.objects.count() == 1


def test_a_learners_draw_is_theirs_alone(client, sam, drawn_module, monkeypatch):
    bank = [block.id for block in drawn_module.quiz]
    draws = iter([bank[:5], bank[3:]])
    monkeypatch.setattr(quiz_draw, "draw", lambda module: next(draws))
    assert open_quiz(client, drawn_module) == bank[:5]
    client.force_login(learner("kim"))
    assert open_quiz(client, drawn_module) == bank[3:]
    refused = answer(client, drawn_module, bank[:5])  # sam's questions, in kim's session
    assert refused.status_code == 400 and not QuizAttempt.objects.exists()


def test_the_welsh_quiz_draws_from_the_welsh_bank_and_keeps_the_draw(client, sam, drawn_module):
    welsh = translate(drawn_module, "cy", title="Sylwi ar yr arwyddion")
    for lesson in drawn_module.lessons():
        translate(lesson, "cy")
    welsh.quiz[0].value["question"] = "Cwestiwn rhif 0: pa un sy'n gywir?"
    welsh.save_revision().publish()
    welsh.refresh_from_db()
    assert welsh.questions_per_attempt == 5

    english_draw = open_quiz(client, drawn_module)
    with translation.override("cy"):
        page = client.get(f"{welsh.url}quiz/").text
    assert shown_ids(page) == english_draw  # one module, one attempt, in either language
    if drawn_module.quiz[0].id in english_draw:
        assert "Cwestiwn rhif 0" in page
    with translation.override("cy"):
        marked = answer(client, welsh, english_draw, url=f"{welsh.url}quiz/")
    assert marked.status_code == 200
    assert QuizAttempt.objects.get().module_id == welsh.pk


def test_asking_more_questions_than_the_bank_holds_is_refused(drawn_module):
    drawn_module.questions_per_attempt = 9
    with pytest.raises(ValidationError) as refused:
        drawn_module.full_clean()
    assert "The question bank has 8 questions" in str(refused.value)
    drawn_module.questions_per_attempt = None  # blank: every question
    drawn_module.full_clean()
    assert drawn_module.questions_per_attempt == 0
    assert quiz_draw.draw_size(drawn_module) == 8
