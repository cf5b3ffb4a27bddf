"""A council officer signs in, works through a module, fails the quiz, is told which topics
to revisit (not the answers), waits out the pause between attempts, passes,
downloads the certificate, and anyone can verify it. axe runs on every page."""

import io
from datetime import timedelta

import pytest
from playwright.sync_api import expect

from django.core.management import call_command
from django.utils import timezone

from wagtail.models import Locale

from courses.demo.text import TRANSPORT
from courses.models import ModulePage, QuizAttempt
from tests.browser.accessibility import assert_accessible
from tests.browser.learner_steps import read_the_module_to_its_quiz

PASSWORD = "a demo password for browser tests"


@pytest.fixture
def learner_site(demo_site, monkeypatch):
    monkeypatch.setenv("DEMO_USER_PASSWORD", PASSWORD)
    call_command("load_demo_content", users=True, stdout=io.StringIO())
    return demo_site


def answer_all(page, questions, wrong=()):
    """Tick the right choices of every question the page shows (its draw from the bank), or
    for the ones at the positions in ``wrong`` a wrong one. Returns the questions shown."""
    by_text = {question["question"]: question for question in questions}
    shown = []
    legends = page.locator("fieldset.quiz-question legend").all_inner_texts()
    for position, legend in enumerate(legend.strip() for legend in legends):
        question = by_text[legend.split(". ", 1)[1]]
        shown.append(question)
        group = page.get_by_role("group", name=legend, exact=True)
        right = [choice for choice in question["choices"] if choice["correct"]]
        if position in wrong:
            right = [next(choice for choice in question["choices"] if not choice["correct"])]
        for choice in right:
            group.get_by_label(choice["text"], exact=True).check()
    return shown


def test_learner_completes_a_module_and_verifies_the_certificate(page, learner_site):
    page.goto("/training/")
    assert_accessible(page)
    page.get_by_label("Workplace setting").select_option("transport")
    page.get_by_role("button", name="Show modules").click()
    page.get_by_role("link", name="Spotting exploitation at stations and on transport").click()
    assert_accessible(page)
    page.get_by_role("link", name="Sign in to start").click()

    page.get_by_label("Username").fill("sam")
    page.get_by_label("Password").fill("wrong password")
    page.get_by_role("button", name="Sign in").click()
    assert "There is a problem" in page.get_by_role("alert").inner_text()
    assert_accessible(page)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()

    read_the_module_to_its_quiz(page)

    module = ModulePage.objects.get(slug=TRANSPORT["slug"], locale=Locale.get_default())
    questions = [block.value for block in module.quiz]
    first = answer_all(page, questions, wrong=[0, 1])[0]  # 4 of the 6 drawn: under 80%
    page.get_by_role("button", name="Check my answers").click()
    assert "Not passed this time" in page.get_by_role("alert").inner_text()
    # Topics to revisit, linked to their lessons; never the answers.
    expect(page.get_by_role("link", name=first["topic"])).to_be_visible()
    assert page.get_by_text(first["explanation"]).count() == 0
    assert page.get_by_text("a right answer").count() == 0
    assert "You can try the quiz again at" in page.get_by_role("status").inner_text()
    assert_accessible(page)

    QuizAttempt.objects.update(submitted_at=timezone.now() - timedelta(minutes=11))  # the wait
    page.get_by_role("link", name="Back to the lessons").click()
    page.get_by_role("link", name="Take the quiz").click()
    answer_all(page, questions)  # all right
    page.get_by_role("button", name="Check my answers").click()
    assert "You passed" in page.get_by_role("alert").inner_text()
    assert_accessible(page)
    code = page.locator(".success-summary strong").inner_text()
    certificate = page.get_by_role("link", name="Download your certificate (PDF)")
    response = page.request.get(certificate.get_attribute("href"))
    assert response.headers["content-type"] == "application/pdf"
    assert response.body().startswith(b"%PDF")

    page.goto("/training/my/")
    expect(page.get_by_role("link", name="Certificate (PDF)").first).to_be_visible()
    assert_accessible(page)

    page.goto("/training/verify/")
    page.get_by_label("Certificate code").fill(code)
    page.get_by_role("button", name="Check").click()
    expect(page.get_by_role("heading", name="This certificate is valid")).to_be_visible()
    assert_accessible(page)
    assert page.request_log.foreign == [] and page.csp_violations() == []
