"""Browser tests: Debian's Chromium, driven by Playwright, against pages served by a live server."""

import io
import os
import sqlite3
from urllib.parse import urlsplit

import pytest

from django.core.management import call_command
from django.db import connection

from tests.oidc_provider import openid_provider, single_sign_on  # noqa: F401 (fixtures)

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser(playwright_session):
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"Browser tests need Chromium at {CHROMIUM}: run `make chromium`.")
    browser = playwright_session.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
    yield browser
    browser.close()


class RequestLog:
    """Every request the page makes, so a test can prove none left the site."""

    def __init__(self, own_host):
        self.own_host = own_host
        self.foreign = []

    def route(self, route):
        host = urlsplit(route.request.url).hostname
        if host in (self.own_host, None) or route.request.url.startswith("data:"):
            route.continue_()
        else:
            self.foreign.append(route.request.url)
            route.abort()


class DemoSnapshots:
    """The database as the demo left it, copied back for each browser test that wants it.

    Loading the demo takes about ten seconds (pages, PDFs, previews); on SQLite the first test
    loads it and keeps a copy in memory (SQLite's backup API), and later tests copy that back in
    milliseconds. On PostgreSQL every test loads it. The demo's files go to one media folder for
    the whole run, so the copied rows always find their files.
    """

    def __init__(self):
        self._copies = {}

    def load(self, **options):
        if connection.vendor != "sqlite":
            call_command("load_demo_content", stdout=io.StringIO(), **options)
            return
        connection.ensure_connection()
        key = tuple(sorted(options.items()))
        if key in self._copies:
            self._copies[key].backup(connection.connection)
            return
        call_command("load_demo_content", stdout=io.StringIO(), **options)
        copy = sqlite3.connect(":memory:", check_same_thread=False)
        connection.connection.backup(copy)
        self._copies[key] = copy


@pytest.fixture(scope="session")
def demo_snapshots():
    return DemoSnapshots()


@pytest.fixture(scope="session")
def demo_media(tmp_path_factory):
    return tmp_path_factory.mktemp("demo-media")


@pytest.fixture
def demo_site(live_server, django_db_serialized_rollback, settings, demo_snapshots, demo_media):
    """The live server with the demo content loaded; the database is restored afterwards.

    Without the demo's Welsh and Polish versions, which take a third of the loading time:
    tests/browser/test_languages.py loads them."""
    settings.MEDIA_ROOT = demo_media
    demo_snapshots.load(no_translations=True)
    return live_server


# Runs before any page script, outside the page's Content Security Policy.
RECORD_CSP_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI}`);
});
"""


@pytest.fixture
def page(browser, demo_site):
    """A fresh browser tab whose requests to any other host are blocked and recorded, and
    whose Content Security Policy violations are kept (``tab.csp_violations()``: the current
    page's events, and every violation reported on the console since the tab opened)."""
    context = browser.new_context(base_url=demo_site.url)
    log = RequestLog(urlsplit(demo_site.url).hostname)
    context.route("**/*", log.route)
    context.add_init_script(RECORD_CSP_VIOLATIONS)
    tab = context.new_page()
    tab.request_log = log
    refused = []  # Chromium reports each violation on the console too, on every page visited
    tab.on(
        "console",
        lambda message: "Content Security Policy" in message.text and refused.append(message.text),
    )
    tab.csp_violations = lambda: tab.evaluate("window.__cspViolations") + refused
    yield tab
    context.close()
