"""Every response carries the headers that keep visitors safe; public pages get the strict CSP."""

import re

import pytest

from tests.campaigns.factories import DocumentFactory

pytestmark = pytest.mark.django_db


def directives(response):
    policy = response.headers["Content-Security-Policy"]
    return dict((part.split(" ", 1) + [""])[:2] for part in (p.strip() for p in policy.split(";")))


def test_public_page_has_a_strict_policy_with_a_fresh_nonce(client, home_page):
    first, second = client.get("/"), client.get("/")
    policy = directives(first)
    nonce = re.search(r"'nonce-([^']+)'", policy["script-src"]).group(1)
    assert f'nonce="{nonce}"' in first.content.decode()
    assert nonce not in directives(second)["script-src"]
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
