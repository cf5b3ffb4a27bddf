"""Two app server processes on one database, without Redis: a change made anywhere is seen by
every process at once. Nothing about content is remembered per process (the page cache is
nginx's, and it is purged); only the database says what a page is.
"""

import os
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from django.db import connection

from actsite.models import SiteFurniture
from tests.core.factories import StandardPageFactory
from tests.services.conftest import _free_port
from tests.services.deployment import wait_for

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.slow,
]


def _database_url():
    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{db['NAME']}"
    port = db.get("PORT") or 5432
    return f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{port}/{db['NAME']}"


@pytest.fixture
def two_servers(tmp_path):
    """Two gunicorn servers, one process each, on the test database; yields get(server, path)."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "actsite.settings.test",
        "DATABASE_URL": _database_url(),
        "REDIS_URL": "",
    }
    ports, servers = [_free_port(), _free_port()], []
    for port in ports:
        log = (tmp_path / f"gunicorn-{port}.log").open("w")
        command = [sys.executable, "-m", "gunicorn", "--workers", "1", "--bind",
                   f"127.0.0.1:{port}", "actsite.wsgi:application"]  # fmt: skip
        servers.append(subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=log))

    opener = urllib.request.build_opener(_NoRedirects())

    def get(server, path):
        url = f"http://127.0.0.1:{ports[server]}{path}"
        try:
            with opener.open(url, timeout=10) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    for server in (0, 1):
        wait_for(lambda server=server: get(server, "/")[0] < 500, timeout=60, what="gunicorn")
    yield get
    for process in servers:
        process.terminate()
        process.wait(timeout=10)


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args):
        return None


def test_a_publish_and_a_rename_are_seen_at_once_by_every_process(home_page, two_servers):
    SiteFurniture.for_site(home_page.get_site())
    page = StandardPageFactory(
        parent=home_page, title="Staying safe", slug="staying-safe", show_in_menus=True
    )
    for server in (0, 1):
        status, html = two_servers(server, "/staying-safe/")
        assert status == 200 and "Staying safe" in html
        assert "Staying safe" in two_servers(server, "/")[1]  # the menu

    page.title, page.slug = "Keeping safe", "keeping-safe"
    page.save_revision().publish()  # by another process: this one

    for server in (0, 1):
        # The old address no longer serves the page (Wagtail redirects it to the new one).
        status, html = two_servers(server, "/staying-safe/")
        assert status in (301, 302, 404) and "Staying safe" not in html
        status, html = two_servers(server, "/keeping-safe/")
        assert status == 200 and "Keeping safe" in html
        assert "Keeping safe" in two_servers(server, "/")[1]
