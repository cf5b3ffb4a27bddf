"""Quiz rules a learner meets: topics (with links) after a failed attempt, a wait between
attempts and a daily limit enforced on the server, the certificate as soon as the module is
complete whatever the order, and "Carry on" at the first lesson not yet viewed."""

from datetime import timedelta

import pytest

from django.utils import timezone

from courses import progress, quiz_limits
from courses.models import Completion, QuizAttempt
from tests.courses.factories import ALL_RIGHT, ONE_WRONG, answers, learner, module_with_lessons
from tests.courses.test_learning import quiz_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def sam(client):
    user = learner("sam", first_name="Sam", last_name="Patel")
    client.force_login(user)
    return user


@pytest.fixture
def limited(training_index):
    """A module with the model's default limits: a 10-minute wait, 5 attempts a day."""
    return module_with_lessons(training_index, retry_wait_minutes=10, max_attempts_per_day=5)


def attempt(client, module, by_position=ONE_WRONG):
    return client.post(f"{module.url}quiz/", quiz_form(module, by_position))


def test_a_topic_named_like_a_lesson_links_to_it(client, sam, training_index):
    module = module_with_lessons(training_index)
    lesson = module.lessons().first()
    lesson.title = "Signs of control"
    lesson.save_revision().publish()
    failed = attempt(client, module)
    assert f'<a href="{lesson.url}">Signs of control</a>' in failed.text


def test_the_wait_after_a_failed_attempt_is_enforced_on_the_server(client, sam, limited):
    assert attempt(client, limited).status_code == 200
    first = QuizAttempt.objects.get()
    again = attempt(client, limited, ALL_RIGHT)
    assert again.status_code == 429 and 540 <= int(again["Retry-After"]) <= 600
    until = timezone.localtime(first.submitted_at + timedelta(minutes=10))
    assert f"You can try the quiz again at {until:%H:%M}." in again.text
    assert QuizAttempt.objects.count() == 1  # nothing stored
    page = client.get(f"{limited.url}quiz/").text
    assert "You can try the quiz again at" in page and "<form" not in page.split("<main")[-1]

    QuizAttempt.objects.update(submitted_at=timezone.now() - timedelta(minutes=11))
    assert attempt(client, limited, ALL_RIGHT).status_code == 200
    assert QuizAttempt.objects.filter(passed=True).count() == 1


def test_attempts_per_day_are_limited(sam, training_index):
    module = module_with_lessons(training_index, retry_wait_minutes=0, max_attempts_per_day=2)
    for _ in range(2):
        progress.submit_quiz(sam, module, quiz_form_answers(module))
    with pytest.raises(quiz_limits.TooSoon) as refused:
        progress.submit_quiz(sam, module, quiz_form_answers(module))
    assert refused.value.refusal.reason == quiz_limits.DAILY
    assert refused.value.refusal.until.date() == timezone.localdate() + timedelta(days=1)
    assert QuizAttempt.objects.count() == 2
    yesterday = timezone.now() - timedelta(days=1)
    QuizAttempt.objects.update(submitted_at=yesterday)  # yesterday's attempts do not count
    progress.submit_quiz(sam, module, quiz_form_answers(module))
    assert QuizAttempt.objects.count() == 3


def test_the_daily_limit_is_said_in_words(client, sam, training_index):
    module = module_with_lessons(training_index, retry_wait_minutes=0, max_attempts_per_day=1)
    attempt(client, module)
    refused = attempt(client, module)
    assert refused.status_code == 429
    assert "You have used today's 1 attempt at this quiz." in refused.text


def quiz_form_answers(module):
    return answers(module, ONE_WRONG)


def test_passing_before_the_last_lesson_shows_the_certificate_on_that_lesson(client, sam, module):
    first, second, third = module.lessons()
    client.get(first.url)
    passed = attempt(client, module, ALL_RIGHT)
    assert "To complete the module, view the lessons you have not opened yet" in passed.text
    assert second.title in passed.text and not Completion.objects.exists()
    assert "You have completed this module" not in client.get(second.url).text
    last = client.get(third.url).text
    completion = Completion.objects.get()
    assert "You have completed this module" in last
    assert f"/training/certificates/{completion.certificate_code}/" in last
    again = attempt(client, module, ALL_RIGHT)  # passing again shows the same certificate
    assert f"/training/certificates/{completion.certificate_code}/" in again.text
    assert Completion.objects.count() == 1


def carry_on(client, module):
    page = client.get(module.url).text
    marker = 'class="button" href="'
    return page.split(marker)[1].split('"')[0] if marker in page else None


def test_carry_on_opens_the_first_lesson_not_yet_viewed(client, sam, module):
    first, second, third = module.lessons()
    assert carry_on(client, module) == first.url  # "Start the module"
    client.get(first.url)
    assert carry_on(client, module) == second.url
    client.get(third.url)
    assert carry_on(client, module) == second.url
    client.get(second.url)
    assert carry_on(client, module) is None  # all read: the quiz is next
