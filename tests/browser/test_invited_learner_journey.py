"""Journey 4, whole: a council learner imported from a CSV (``manage.py import_staff``, the real
command) reads the invitation the site emailed, sets a password from its link, signs in, takes
the module they were assigned, fails the quiz once (topics to revisit, never the answers),
is refused while the cool-down lasts and tries again once it is over, passes, downloads the
certificate and follows the verify link printed on it. axe runs on every page on the way.

The quiz is answered by reading each question on the page and looking its right answers up in
the module's stored question bank, so it works whichever questions an attempt shows."""

import io
import math
import re
from datetime import timedelta
from urllib.parse import urlsplit

import pypdfium2
import pytest
from playwright.sync_api import expect

from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command

from wagtail.models import Locale

from courses.demo.text import AWARENESS
from courses.models import Completion, ModulePage, QuizAttempt
from tests.browser.accessibility import assert_accessible
from tests.browser.learner_steps import read_the_module_to_its_quiz

EMAIL = "amira.haddad@council.example.org"
PASSWORD = "a password Amira chose herself"
CSV = f"""name,email,department,workplace setting,manager
Amira Haddad,{EMAIL},Licensing,Restaurants,
"""


@pytest.fixture
def awareness(demo_site):
    """The awareness module every restaurant worker is assigned, with a one-minute wait after
    a failed attempt (a council sets it per module; the demo's is ten minutes)."""
    module = ModulePage.objects.get(slug=AWARENESS["slug"], locale=Locale.get_default())
    module.retry_wait_minutes = 1
    module.save_revision().publish()
    return ModulePage.objects.get(pk=module.pk)


def answer_the_page(page, module, wrong=0):
    """Tick the right choices of each question shown (looked up by its text in the module's
    bank), except for the first ``wrong`` questions, which get a wrong choice. Returns the
    questions answered wrongly."""
    bank = {block.value["question"]: block.value for block in module.quiz}
    answered_wrongly = []
    for number, fieldset in enumerate(page.locator("fieldset.quiz-question").all()):
        legend = fieldset.locator("legend").inner_text()
        question = bank[legend.split(". ", 1)[1]]
        choices = [choice for choice in question["choices"] if choice["correct"]]
        if number < wrong:
            choices = [next(choice for choice in question["choices"] if not choice["correct"])]
            answered_wrongly.append(question)
        for choice in choices:
            fieldset.get_by_label(choice["text"], exact=True).check()
    return answered_wrongly


def too_few_to_pass(page, module):
    """How many questions to get wrong to fall just under the pass mark."""
    shown = page.locator("fieldset.quiz-question").count()
    return shown - (math.ceil(module.pass_mark * shown / 100) - 1)


def test_an_imported_learner_gets_from_the_invitation_to_a_verified_certificate(
    page, awareness, tmp_path
):
    staff = tmp_path / "staff.csv"
    staff.write_text(CSV, encoding="utf-8")
    mail.outbox.clear()
    out = io.StringIO()
    call_command("import_staff", str(staff), stdout=out, stderr=io.StringIO())
    assert "created 1" in out.getvalue()

    # The invitation, as sent: her name, the address to sign in with, a link to set a password.
    (invitation,) = [message for message in mail.outbox if message.to == [EMAIL]]
    assert "Hello Amira Haddad" in invitation.body and f"sign in as {EMAIL}" in invitation.body
    link = re.search(r"https?://\S+/accounts/reset/\S+", invitation.body).group(0)
    page.goto(urlsplit(link).path)
    expect(page.get_by_role("heading", name="Choose a new password")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("New password", exact=True).fill(PASSWORD)
    page.get_by_label("New password confirmation").fill(PASSWORD)
    page.get_by_role("button", name="Save my new password").click()
    expect(page.get_by_role("heading", name="Password changed")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("link", name="sign in", exact=True).click()
    page.get_by_label("Username").fill(EMAIL)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/training/my/")
    assert_accessible(page)
    page.get_by_role("link", name=awareness.title).first.click()
    assert_accessible(page)
    read_the_module_to_its_quiz(page)

    # Fails once: the topics to revisit, linked to their lessons; no answers, right or wrong.
    wrongly = answer_the_page(page, awareness, wrong=too_few_to_pass(page, awareness))
    page.get_by_role("button", name="Check my answers").click()
    assert "Not passed this time" in page.get_by_role("alert").inner_text()
    topics = page.locator("ul.quiz-topics")
    for question in wrongly:
        expect(topics.get_by_role("link", name=question["topic"], exact=True)).to_be_visible()
        assert page.get_by_text(question["explanation"]).count() == 0
        for choice in question["choices"]:
            assert page.get_by_text(choice["text"], exact=True).count() == 0
    assert page.get_by_text("a right answer").count() == 0
    assert "You can try the quiz again at" in page.get_by_role("status").inner_text()
    assert_accessible(page)

    # She goes back over a topic and tries again at once: the server still says not yet.
    topics.get_by_role("link").first.click()
    assert_accessible(page)
    page.goto(f"{awareness.url}quiz/")
    expect(page.get_by_role("heading", name="Not yet")).to_be_visible()
    assert page.locator("fieldset.quiz-question").count() == 0

    # The minute passes: her failed attempt is moved a minute and a second into the past
    # (the server compares it with its own clock, as it would after a real wait).
    amira = get_user_model().objects.get(email=EMAIL)
    failed = QuizAttempt.objects.get(learner=amira)
    waited = timedelta(minutes=awareness.retry_wait_minutes, seconds=1)
    QuizAttempt.objects.filter(pk=failed.pk).update(submitted_at=failed.submitted_at - waited)
    page.reload()
    answer_the_page(page, awareness)
    page.get_by_role("button", name="Check my answers").click()
    assert "You passed: 100%" in page.get_by_role("alert").inner_text()
    assert_accessible(page)

    completion = Completion.objects.get(learner=amira)
    assert page.locator(".success-summary strong").inner_text() == completion.certificate_code
    pdf_link = page.get_by_role("link", name="Download your certificate (PDF)")
    certificate = page.request.get(pdf_link.get_attribute("href"))
    assert certificate.headers["content-type"] == "application/pdf"
    printed = pypdfium2.PdfDocument(certificate.body())[0].get_textpage().get_text_range()
    assert "Amira Haddad" in printed and completion.certificate_code in printed

    # Anyone can check it: the verify link printed on the certificate, in a fresh browser.
    verify = re.search(r"https?://\S+/verify/\?code=\w+", printed).group(0)
    page.context.clear_cookies()
    page.goto(urlsplit(verify).path + "?" + urlsplit(verify).query)
    expect(page.get_by_role("heading", name="This certificate is valid")).to_be_visible()
    assert page.get_by_text("Amira Haddad", exact=True).count() == 1
    assert page.get_by_text(awareness.title, exact=True).count() == 1
    assert_accessible(page)
    assert page.request_log.foreign == [] and page.csp_violations() == []
