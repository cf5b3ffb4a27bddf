"""Journey 5's end: a training manager assigns a module to a department in the admin, and a
learner in it reads the email the site sent and follows its link to the module. axe runs on
the learner's pages."""

import io
import re
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command

from wagtail.models import Locale

from courses.models import Department, LearnerProfile, ModulePage
from tests.browser.accessibility import assert_accessible

PASSWORD = "a demo password for browser tests"


@pytest.fixture
def manager_and_learner(demo_site, monkeypatch):
    monkeypatch.setenv("DEMO_USER_PASSWORD", PASSWORD)
    call_command("load_demo_content", users=True, stdout=io.StringIO())
    lowri = get_user_model().objects.create_user(
        "lowri", "lowri@council.example.org", PASSWORD, first_name="Lowri", last_name="Hughes"
    )
    LearnerProfile.objects.create(user=lowri, department=Department.objects.get(name="Licensing"))
    return demo_site


def test_a_manager_assigns_a_module_and_the_learner_follows_the_email(page, manager_and_learner):
    module = ModulePage.objects.live().filter(locale=Locale.get_default()).order_by("pk").first()
    mail.outbox.clear()
    page.goto("/admin/login/")
    page.get_by_label("Username").fill("tara")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/admin/")

    page.goto("/admin/assignments/new/")
    page.get_by_role("button", name="Choose a page").click()
    modal = page.get_by_role("dialog")
    modal.get_by_role("textbox", name="Search term").fill(module.title)
    english = modal.get_by_role("row").filter(has_text="English")
    english.get_by_role("link", name=module.title).first.click()
    expect(page.get_by_role("dialog")).to_be_hidden()
    assert page.locator("#id_module").input_value() == str(module.pk)
    page.get_by_role("textbox", name="Due on").fill("2031-03-14")
    page.keyboard.press("Escape")  # the date picker
    page.get_by_role("combobox", name="Department").select_option(label="Licensing")
    page.get_by_role("button", name="Create").click()
    expect(page.get_by_text("people are being emailed about it")).to_be_visible()

    (message,) = [m for m in mail.outbox if m.to == ["lowri@council.example.org"]]
    assert "14 March 2031" in message.body
    link = urlsplit(re.search(r"https?://\S+", message.body).group(0)).path
    assert link == module.url
    page.context.clear_cookies()  # now the learner, in her own browser
    page.goto(link)
    expect(page.get_by_role("heading", name=module.title, exact=True)).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Sign in to start").click()
    page.get_by_label("Username").fill("lowri")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("link", name="Start the module")).to_be_visible()
    assert page.url.split("?")[0].endswith(module.url)
    assert_accessible(page)
