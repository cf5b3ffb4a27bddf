"""Every response carries the headers that keep visitors safe; public pages get the strict CSP."""

import re
from urllib.parse import urlsplit

import pytest

from django.test import Client

from tests.campaigns.factories import DocumentFactory, EventIndexPageFactory, EventPageFactory

pytestmark = pytest.mark.django_db


def directives(response):
    policy = response.headers["Content-Security-Policy"]
    return dict((part.split(" ", 1) + [""])[:2] for part in (p.strip() for p in policy.split(";")))


def test_public_page_has_a_strict_policy_the_same_for_everyone(client, home_page):
    first, second = client.get("/"), client.get("/")
    policy = directives(first)
    # Nothing inline, so no nonce: the page is byte for byte the same for every visitor.
    assert policy["script-src"] == "'self'"
    assert "nonce" not in first.content.decode()
    assert first.content == second.content
    assert first.headers["Content-Security-Policy"] == second.headers["Content-Security-Policy"]
    assert policy["default-src"] == "'self'"
    assert policy["style-src"] == "'self'"
    assert policy["object-src"] == "'none'"
    assert policy["base-uri"] == "'none'"
    assert policy["frame-ancestors"] == "'none'"
    assert "unsafe" not in first.headers["Content-Security-Policy"]


def test_public_pages_send_the_other_protective_headers(client, home_page):
    for response in (client.get("/"), client.get("/no-such-page/"), client.get("/search/?q=x")):
        assert response.headers["X-Frame-Options"] == "DENY"
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["Referrer-Policy"] == "same-origin"
        assert "camera=()" in response.headers["Permissions-Policy"]
        assert "geolocation=()" in response.headers["Permissions-Policy"]
        assert "Content-Security-Policy" in response.headers


def test_admin_gets_its_looser_policy_and_no_nonce(admin_client, home_page):
    response = admin_client.get("/admin/")
    policy = directives(response)
    assert policy["script-src"] == "'self' 'unsafe-inline'"
    assert "nonce" not in response.headers["Content-Security-Policy"]
    assert policy["object-src"] == "'none'"


def test_the_admin_loads_nothing_from_another_host(admin_client, home_page):
    html = admin_client.get("/admin/").content.decode()
    assert "gravatar" not in html  # Wagtail's default avatar, not one from gravatar.com
    sources = re.findall(r'\ssrc="([^"]+)"', html)
    assert sources
    assert {urlsplit(source).netloc for source in sources} <= {"", "testserver"}


def test_documents_are_served_with_no_permissions_at_all(client, home_page, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    document = DocumentFactory()
    response = client.get(document.url)
    assert response.status_code == 200
    assert response.headers["Content-Security-Policy"] == "default-src 'none'"
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_session_and_csrf_cookies_are_not_readable_by_scripts(settings):
    assert settings.SESSION_COOKIE_HTTPONLY and settings.CSRF_COOKIE_HTTPONLY
    assert settings.SESSION_COOKIE_SAMESITE == settings.CSRF_COOKIE_SAMESITE == "Lax"
    assert settings.WAGTAIL_ENABLE_UPDATE_CHECK is False


@pytest.mark.parametrize("prefix", ["", "/pl"])
def test_a_page_that_sets_a_csrf_cookie_is_never_stored_by_caches(home_page, prefix):
    event = EventPageFactory(parent=EventIndexPageFactory(parent=home_page), capacity=5)
    response = Client().get(f"{prefix}{event.url}book/")
    assert response.status_code == 200 and 'name="csrfmiddlewaretoken"' in response.text
    assert "csrftoken" in response.cookies
    assert response["Cache-Control"] == "private, no-store"


@pytest.mark.parametrize("prefix", ["", "/cy", "/pl"])
def test_search_results_are_never_stored_by_any_cache(client, home_page, prefix):
    response = client.get(f"{prefix}/search/", {"q": "my boss took my passport"})
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"] and "public" not in response["Cache-Control"]


@pytest.mark.parametrize("host", ["evil.example", "act.example.org:99999", "a" * 300, "[::1"])
def test_a_host_the_site_does_not_serve_gets_400_with_the_exit_and_helpline(home_page, host):
    response = Client(HTTP_HOST=host, raise_request_exception=False).get("/")
    assert response.status_code == 400
    assert "08000 121 700" in response.text and "data-quick-exit" in response.text
