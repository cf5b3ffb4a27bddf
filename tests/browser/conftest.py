"""Browser tests: Debian's Chromium, driven by Playwright, against pages served by a live server."""

import os
from urllib.parse import urlsplit

import pytest

from django.db import connection

from wagtail.models import Site

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


@pytest.fixture
def demo_site(live_server, django_db_serialized_rollback, settings, demo_snapshots, demo_media):
    """The live server with the demo content, Welsh and Polish versions too, loaded (a copy of
    the first load: the same copy other tests read); the database is restored afterwards.

    The default Site is the live server's address, as `make run` makes it, so that every
    absolute link (share links, emails, calendar files) leads back to the server under test."""
    settings.MEDIA_ROOT = demo_media
    demo_snapshots.load(connection)
    address = urlsplit(live_server.url)
    Site.objects.filter(is_default_site=True).update(hostname=address.hostname, port=address.port)
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
