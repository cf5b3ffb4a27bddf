"""A learner's journey through the site: lessons, quiz, certificate, My training, verify."""

import re
from datetime import timedelta

import pytest

from django.contrib.staticfiles import finders
from django.utils import timezone

from courses.models import Assignment, Completion, LessonView, QuizAttempt
from tests.campaigns.translations import translate
from tests.courses.factories import ALL_RIGHT, ONE_WRONG, answers, learner, module_with_lessons

pytestmark = pytest.mark.django_db


def quiz_form(module, by_position):
    return {f"q-{key}": value for key, value in answers(module, by_position).items()}


@pytest.fixture
def sam(client):
    user = learner("sam", first_name="Sam", last_name="Patel")
    client.force_login(user)
    return user


def test_lessons_and_the_quiz_need_signing_in(client, module):
    lesson = module.lessons().first()
    for url in (lesson.url, f"{module.url}quiz/", "/training/my/"):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
    assert client.get(module.url).status_code == 200  # the overview is public
    assert not LessonView.objects.exists()


def test_viewing_a_lesson_is_recorded_and_shown(client, sam, module):
    lesson = module.lessons().first()
    page = client.get(lesson.url)
    assert "lesson 1 of 3" in page.text and page["Cache-Control"] == "private, no-store"
    assert LessonView.objects.filter(learner=sam, lesson=lesson).count() == 1
    client.get(lesson.url)
    assert LessonView.objects.count() == 1
    assert "(viewed)" in client.get(module.url).text


def test_the_quiz_page_never_reveals_the_answers(client, sam, module):
    page = client.get(f"{module.url}quiz/").text
    assert "Who can you call?" in page
    assert "correct" not in page.lower().replace("some questions have more than one", "")


def test_failing_names_topics_to_revisit_then_passing_completes(client, sam, module):
    for lesson in module.lessons():
        client.get(lesson.url)
    failed = client.post(f"{module.url}quiz/", quiz_form(module, ONE_WRONG))
    assert failed.status_code == 200
    assert "Not passed this time" in failed.text and "50%" in failed.text
    assert "You answered 1 of 2 questions right." in failed.text
    assert "Revisit these topics" in failed.text and "Signs of control" in failed.text
    assert "Who to call" not in failed.text  # answered right
    for answer in ("They may be controlled by someone", "sign of control.", "a right answer"):
        assert answer not in failed.text  # never the answers, nor the explanation
    assert "Try the quiz again" in failed.text
    passed = client.post(f"{module.url}quiz/", quiz_form(module, ALL_RIGHT))
    assert "You passed" in passed.text
    completion = Completion.objects.get(learner=sam)
    assert completion.certificate_code in passed.text


def test_tampered_answers_get_a_clear_refusal(client, sam, module):
    response = client.post(f"{module.url}quiz/", {"q-made-up": ["0"]})
    assert response.status_code == 400
    assert "do not belong to this quiz" in response.text
    assert not QuizAttempt.objects.exists()


def complete(client, module):
    for lesson in module.lessons():
        client.get(lesson.url)
    client.post(f"{module.url}quiz/", quiz_form(module, ALL_RIGHT))
    return Completion.objects.latest("completed_at")


def test_certificates_are_private_pdfs(client, sam, module):
    completion = complete(client, module)
    response = client.get(f"/training/certificates/{completion.certificate_code}/")
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    client.force_login(learner("kim"))
    assert client.get(f"/training/certificates/{completion.certificate_code}/").status_code == 404


def test_the_module_page_offers_the_certificate_once_completed_in_every_language(
    client, sam, module
):
    assert "Certificate (PDF)" not in client.get(module.url).text
    completion = complete(client, module)
    welsh = translate(module, "cy", title="Ymwybyddiaeth")  # the same module, in Welsh
    certificate = f'certificates/{completion.certificate_code}/">'
    for page in (module, welsh):
        html = client.get(page.url).text
        assert certificate in html
        assert (
            client.get(f"/training/certificates/{completion.certificate_code}/").status_code == 200
        )
    assert "Tystysgrif (PDF)" in client.get(welsh.url).text


def test_the_verify_page_says_valid_expired_or_unknown_and_nothing_more(client, sam, module):
    completion = complete(client, module)
    client.logout()
    valid = client.get(f"/training/verify/?code={completion.certificate_code.lower()}")
    assert "This certificate is valid" in valid.text and "Sam Patel" in valid.text
    assert "sam@example.org" not in valid.text
    code = completion.certificate_code
    grouped = f"{code[:4]}-{code[4:8].lower()} {code[8:]}"  # typed in groups, as people do
    assert "This certificate is valid" in client.get("/training/verify/", {"code": grouped}).text
    Completion.objects.filter(pk=completion.pk).update(
        valid_until=timezone.localdate() - timedelta(days=1)
    )
    expired = client.get(f"/training/verify/?code={completion.certificate_code}")
    assert "This certificate has expired" in expired.text
    unknown = client.get("/training/verify/?code=NOPE")
    assert "No certificate has that code" in unknown.text and "Sam Patel" not in unknown.text


def test_my_training_shows_assignments_overdue_in_words_and_next_steps(
    client, sam, module, training_index
):

    other = module_with_lessons(training_index, title="Licensing and taxis")
    Assignment.objects.create(
        module=module, learner=sam, due_on=timezone.localdate() - timedelta(days=3)
    )
    Assignment.objects.create(
        module=other,
        department=None,
        workplace_setting=sam.learner.workplace_setting,
        due_on=timezone.localdate() + timedelta(days=20),
    )
    page = client.get("/training/my/").text
    assert 'class="overdue">Overdue: was due' in page
    assert page.index(module.title) < page.index("Licensing and taxis")
    assert "Start: " in page and "0 of 3 lessons" in page

    complete(client, module)
    page = client.get("/training/my/").text
    assert "Overdue" not in page
    assert "Certificate (PDF)" in page


def test_overdue_and_statuses_are_styled_as_well_as_worded(client):
    """The words carry the meaning; the stylesheet adds red for overdue and expired (the README
    promised red, and there was no rule for it)."""

    with open(finders.find("css/site.css"), encoding="utf-8") as handle:
        css = handle.read()
    rules = dict(re.findall(r"([^{}]+)\{([^}]*)\}", css))
    red = next(body for selector, body in rules.items() if ".overdue" in selector)
    assert "color: var(--exit)" in red
    assert any(".status--expired" in selector for selector in rules)


def test_the_overview_shows_a_progress_bar_and_the_time_left(client, sam, module):
    module.estimated_minutes = 20
    module.save_revision().publish()
    lessons = list(module.lessons())
    page = client.get(module.url).text
    assert "0 of 3 lessons viewed" in page
    assert '<progress id="module-progress" max="3" value="0">' in page
    assert "About 20 minutes left." in page
    client.get(lessons[0].url)
    page = client.get(module.url).text
    assert '<progress id="module-progress" max="3" value="1">' in page
    assert "1 of 3 lessons viewed" in page and "About 14 minutes left." in page  # 40/3, up
    for lesson in lessons[1:]:
        client.get(lesson.url)
    page = client.get(module.url).text
    assert "3 of 3 lessons viewed" in page and "minutes left" not in page
