"""Fixtures shared by every area of the test suite."""

import os

import pytest
from playwright.sync_api import sync_playwright

from django.conf import settings
from django.core.cache import caches
from django.db import connection
from django.test import override_settings
from django.utils import translation

from tests.core.factories import HomePageFactory
from tests.database_copies import DatabaseCopy, DemoSnapshots
from tests.factories import make_site_root


def pytest_collection_modifyitems(items):
    for item in items:
        if "browser" in item.path.parts:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def playwright_session(request):
    """Playwright, started before the test database when the run includes browser tests.

    Playwright's sync API keeps an event loop in the main thread, and Django then keeps its
    database connections per async context instead of per thread. Starting Playwright first
    means the test database is set up, and used, from that one context throughout the run.
    """
    if not any(item.get_closest_marker("browser") for item in request.session.items):
        yield None
        return

    # ORM calls in tests run between browser calls, never inside them.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="session")
def django_db_setup(playwright_session, django_db_setup):
    yield


@pytest.fixture(autouse=True)
def _empty_caches():
    """Each test starts with empty caches: ids are reused after a rollback, so a rendition or
    rate-limit count cached by one test must never be seen by the next."""

    yield
    for cache in caches.all():
        cache.clear()


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in English. Django's LocaleMiddleware activates a request's language and
    never deactivates it: after a test's request to a /pl/ page the thread stays in Polish for
    whatever runs next."""

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def home_page(db):
    """A published home page, root of the default site."""
    return make_site_root(HomePageFactory())


@pytest.fixture(scope="session")
def demo_snapshots():
    """The demo, loaded once per worker and set of options, then copied back (30 s saved each
    time)."""
    return DemoSnapshots()


@pytest.fixture(scope="session")
def demo_media(tmp_path_factory):
    """The demo's files (documents, previews, images), shared by every copy of its rows."""
    return tmp_path_factory.mktemp("demo-media")


@pytest.fixture(scope="module")
def demo_content(django_db_setup, django_db_blocker, demo_snapshots, demo_media):
    """The demo, with its translations, in the database for each test of a module that asks
    (with ``db``): each test's changes roll back as usual, and after the module the database is
    put back as it was, so later modules on this worker never see the demo."""
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=demo_media):
        before = DatabaseCopy.of(connection)
        demo_snapshots.load(connection)
        yield
        before.restore(connection)
    for cache in caches.all():
        cache.clear()
