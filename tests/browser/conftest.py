"""Browser tests: Debian's Chromium, driven by Playwright, against pages served by a live server."""

import io
import os
import sqlite3
from urllib.parse import urlsplit

import pytest

from django.core.management import call_command
from django.db import connection, transaction

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

    Loading the demo takes ten seconds or more (pages, PDFs, previews). The first test loads
    it and keeps a copy: on SQLite in memory (SQLite's backup API), on PostgreSQL every table's
    rows (``COPY ... TO STDOUT``) and its sequences. Later tests copy that back in a moment. The
    demo's files go to one media folder for the whole run, so the copied rows find their files.
    """

    def __init__(self):
        self._copies = {}

    def load(self, **options):
        key = tuple(sorted(options.items()))
        connection.ensure_connection()
        if key in self._copies:
            self._restore(self._copies[key])
            return
        call_command("load_demo_content", stdout=io.StringIO(), **options)
        self._copies[key] = self._copy()

    def _copy(self):
        if connection.vendor == "sqlite":
            copy = sqlite3.connect(":memory:", check_same_thread=False)
            connection.connection.backup(copy)
            return copy
        return PostgresCopy.of(connection)

    def _restore(self, copy):
        if connection.vendor == "sqlite":
            copy.backup(connection.connection)
        else:
            copy.restore(connection)


class PostgresCopy:
    """Every table's rows (binary COPY) and every sequence's value, put back in one
    transaction with foreign keys checked only at its end (a superuser's
    ``session_replication_role``, which the test database's user has)."""

    def __init__(self, tables, sequences):
        self.tables, self.sequences = tables, sequences

    @classmethod
    def of(cls, db):
        tables = {}
        with db.cursor() as cursor:
            cursor.execute(
                "SELECT table_name, string_agg(quote_ident(column_name), ', ' ORDER BY "
                "ordinal_position) FROM information_schema.columns WHERE table_schema = "
                "current_schema() AND is_generated = 'NEVER' AND table_name IN (SELECT "
                "tablename FROM pg_tables WHERE schemaname = current_schema()) GROUP BY table_name"
            )
            columns = dict(cursor.fetchall())
            raw = cursor.cursor
            for table, names in columns.items():
                statement = f'COPY "{table}" ({names}) TO STDOUT (FORMAT BINARY)'
                with raw.copy(statement) as copy:
                    tables[table] = (names, b"".join(bytes(block) for block in copy))
            cursor.execute(
                "SELECT sequencename, last_value FROM pg_sequences "
                "WHERE schemaname = current_schema()"
            )
            sequences = cursor.fetchall()
        return cls(tables, sequences)

    def restore(self, db):
        with transaction.atomic(using=db.alias), db.cursor() as cursor:
            cursor.execute("SET LOCAL session_replication_role = replica")
            cursor.execute("TRUNCATE " + ", ".join(f'"{table}"' for table in self.tables))
            raw = cursor.cursor
            for table, (names, data) in self.tables.items():
                with raw.copy(f'COPY "{table}" ({names}) FROM STDIN (FORMAT BINARY)') as copy:
                    copy.write(data)
            for name, value in self.sequences:
                cursor.execute("SELECT setval(%s, %s, %s)", [name, value or 1, value is not None])


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
