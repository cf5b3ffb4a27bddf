"""Each demo role signs in to the admin and sees the dashboard panels for its work."""

import io

import pytest

from django.core.management import call_command

PASSWORD = "a demo password for browser tests"
PANELS = {
    "vera": [],
    "colin": ["Open printed-pack requests", "Top downloads this month", "Awaiting your review"],
    "olu": ["Your upcoming events"],
    "tara": ["Training: who is trained"],
}


@pytest.fixture
def demo_users(demo_site, monkeypatch):
    monkeypatch.setenv("DEMO_USER_PASSWORD", PASSWORD)
    call_command("load_demo_content", users=True, stdout=io.StringIO())


@pytest.mark.parametrize("username", PANELS)
def test_each_role_signs_in_and_sees_its_panels(page, demo_users, username):
    page.goto("/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/admin/")
    dashboard = page.locator("main").inner_text()
    for heading in PANELS[username]:
        assert heading in dashboard, (username, heading)
    for other in {h for headings in PANELS.values() for h in headings} - set(PANELS[username]):
        assert other not in dashboard, (username, other)
    if username == "colin":
        assert "Late-night takeaways" in dashboard  # the volunteer's draft to approve
    if username == "olu":
        assert "Modern slavery: an awareness evening at the Town Hall" in dashboard
