"""deploy/nginx.conf in front of the running site: nginx serves static files itself, keeps
anonymous pages for a short while, never shares a signed-in visitor's page, is purged by
Wagtail when a page is published, and keeps booking tokens out of its log.

The test runs the deployed file itself, with only its ports, paths and certificate swapped
(each swap must match, so a change to the file's shape fails here rather than in production).
Needs nginx and its cache-purge module (Debian: nginx-light libnginx-mod-http-cache-purge,
installed by ``make os-packages``); skips without them unless REQUIRE_SERVICES=1.
"""

import os
import shutil
import ssl
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from actsite.models import SiteFurniture
from campaigns.events import bookings
from tests.campaigns.factories import EventIndexPageFactory, EventPageFactory
from tests.core.factories import StandardPageFactory
from tests.services.conftest import _free_ports
from tests.services.nginx_config import PURGE_MODULES, nginx_config

HOST = "localhost"  # the test site's hostname: nginx's cache key and Wagtail's purge agree on it

# The live server sees committed data; the migrations' rows (the page tree root) are restored.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def nginx(live_server, tmp_path, settings):
    """nginx with deploy/nginx.conf in front of the live test server; yields get()."""
    binary = shutil.which("nginx") or "/usr/sbin/nginx"
    if not Path(binary).exists() or not list(PURGE_MODULES.glob("*cache-purge*")):
        if os.environ.get("REQUIRE_SERVICES") == "1":
            pytest.fail("nginx with the cache-purge module is not installed (make os-packages)")
        pytest.skip("nginx with the cache-purge module is not installed (make os-packages)")
    ports = dict(zip(("http", "https", "purge"), _free_ports(3), strict=True))
    app_port = live_server.url.rsplit(":", 1)[1]
    config = nginx_config(tmp_path, app_port, ports)
    settings.WAGTAILFRONTENDCACHE = {
        "nginx": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{ports['purge']}/",
        }
    }
    server = subprocess.Popen([binary, "-c", config])
    tls = ssl.create_default_context(cafile=tmp_path / "cert.pem")
    tls.check_hostname = False

    def get(path, scheme="https", cookie=None):
        port = ports[scheme]
        request = urllib.request.Request(f"{scheme}://127.0.0.1:{port}{path}")
        request.add_header("Host", HOST)
        if cookie:
            request.add_header("Cookie", cookie)
        opener = urllib.request.build_opener(
            urllib.request.HTTPSHandler(context=tls), _NoRedirects()
        )
        try:
            with opener.open(request, timeout=10) as response:
                return response.status, response.headers, response.read().decode(errors="replace")
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read().decode()

    for _ in range(100):
        try:
            get("/static/missing.txt")
            break
        except OSError:
            time.sleep(0.05)
    get.log = tmp_path / "access.log"
    get.static = tmp_path / "static"
    get.media = tmp_path / "media"
    yield get
    server.terminate()
    server.wait(timeout=10)


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args):
        return None


@pytest.fixture
def about(home_page):
    SiteFurniture.for_site(home_page.get_site())
    return StandardPageFactory(parent=home_page, title="About the campaign", slug="about")


def test_static_files_are_served_by_nginx_for_a_year(nginx):
    (nginx.static / "app.0a1b2c.css").write_text("body { color: #111; }")
    status, headers, body = nginx("/static/app.0a1b2c.css")
    assert (status, body) == (200, "body { color: #111; }")  # the app has no such file
    assert headers.get_all("Cache-Control") == ["public, max-age=31536000, immutable"]


def test_plain_http_is_sent_to_https(nginx):
    status, headers, _ = nginx("/about/", scheme="http")
    assert status == 301 and headers["Location"] == f"https://{HOST}/about/"


def test_anonymous_pages_are_cached_and_purged_on_publish(nginx, about):
    assert nginx("/about/")[1]["X-Cache"] == "MISS"
    status, headers, body = nginx("/about/")
    assert (status, headers["X-Cache"]) == (200, "HIT") and "About the campaign" in body
    about.title = "About us"
    about.save_revision().publish()  # Wagtail sends PURGE to nginx
    status, headers, body = nginx("/about/")
    assert headers["X-Cache"] == "MISS" and "About us" in body


def test_signed_in_visitors_are_never_served_from_or_stored_in_the_cache(nginx, about):
    assert nginx("/about/", cookie="sessionid=abc")[1]["X-Cache"] == "BYPASS"
    assert nginx("/about/")[1]["X-Cache"] == "MISS"  # the signed-in response was not kept
    assert nginx("/about/")[1]["X-Cache"] == "HIT"
    assert nginx("/about/", cookie="messages=x; sessionid=abc")[1]["X-Cache"] == "BYPASS"


@pytest.mark.parametrize(
    "path",
    [
        "/bookings/secret-token-123/",
        "/cy/bookings/secret-token-123/",
        "/pl/bookings/secret-token-123/",
        "/accounts/reset/MQ/secret-token-123/",
        "/training/certificates/secret-token-123/",
    ],
)
def test_secret_links_never_reach_the_log_in_any_language(nginx, path):
    nginx(path)
    for _ in range(50):  # nginx writes the line just after answering
        logged = nginx.log.read_text()
        if "[redacted]" in logged:
            break
        time.sleep(0.05)
    assert "[redacted]" in logged and "secret-token-123" not in logged
    assert "127.0.0.1" not in logged  # no client addresses either


def test_image_renditions_are_served_by_nginx_and_originals_and_documents_never_are(nginx):
    (nginx.media / "images").mkdir()
    (nginx.media / "images" / "poster.width-400.png").write_bytes(b"\x89PNG\r\n\x1a\nfake")
    (nginx.media / "documents").mkdir()
    (nginx.media / "documents" / "private.pdf").write_bytes(b"%PDF-1.4 private")
    status, headers, _ = nginx("/media/images/poster.width-400.png")
    assert status == 200 and headers["X-Content-Type-Options"] == "nosniff"
    assert nginx("/media/documents/private.pdf")[0] == 404  # only through the app's checks
    (nginx.media / "original_images").mkdir()
    (nginx.media / "original_images" / "preview-7.png").write_bytes(b"\x89PNG\r\n\x1a\nx")
    assert nginx("/media/original_images/preview-7.png")[0] == 404  # GPS, unpublished pages


@pytest.fixture
def town_hall(home_page):
    SiteFurniture.for_site(home_page.get_site())
    index = EventIndexPageFactory(parent=home_page)
    return EventPageFactory(parent=index, slug="town-hall", title="Town Hall", capacity=5)


def test_an_event_page_is_cached_for_everyone_and_a_booking_purges_it(nginx, town_hall):
    assert nginx("/events/town-hall/")[1]["X-Cache"] == "MISS"
    status, headers, body = nginx("/events/town-hall/", cookie="csrftoken=from-an-earlier-form")
    assert (status, headers["X-Cache"]) == (200, "HIT") and "5 places left" in body
    assert nginx("/events/")[1]["X-Cache"] == "MISS"
    assert nginx("/events/")[1]["X-Cache"] == "HIT"

    bookings.book(town_hall, name="Ola", email="ola@example.org", places=2)  # purges
    status, headers, body = nginx("/events/town-hall/")
    assert headers["X-Cache"] == "MISS" and "3 places left" in body
    status, headers, body = nginx("/events/")
    assert headers["X-Cache"] == "MISS" and "3 places left" in body


@pytest.mark.parametrize(
    "path", ["/events/town-hall/book/", "/pl/events/town-hall/book/", "/pl/search/?q=x"]
)
def test_forms_and_search_skip_the_cache_and_never_wait_for_it(nginx, town_hall, path):
    for _ in range(2):
        status, headers, _ = nginx(path)
        assert headers["X-Cache"] == "BYPASS"
        assert "no-store" in headers["Cache-Control"]
