"""A locked-out account is unlocked by the documented commands in every configuration: the
database alone, and the production shape with Redis as cache and sessions."""

import subprocess
import sys

import pytest

from django.core.management import call_command
from django.test import Client

from tests.services.test_backing_services import ROOT

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-password-1"


@pytest.fixture(params=["database only", "with Redis"])
def configuration(request):
    if request.param == "with Redis":
        request.getfixturevalue("redis")
    return request.param


def lock_out(username, address="203.0.113.9"):
    client = Client(REMOTE_ADDR=address)
    for _ in range(5):
        client.post("/accounts/login/", {"username": username, "password": "wrong"})
    return client


def signs_in(client, username):
    response = client.post("/accounts/login/", {"username": username, "password": PASSWORD})
    return response.status_code == 302


@pytest.mark.parametrize(
    "command",
    [("axes_reset_username", "amira"), ("axes_reset_ip", "203.0.113.9"), ("axes_reset",)],
)
def test_the_documented_unlock_works(configuration, command, django_user_model, capsys):
    django_user_model.objects.create_user("amira", "amira@example.org", PASSWORD)
    client = lock_out("amira")
    assert not signs_in(client, "amira")  # locked, even with the right password
    call_command(*command)
    assert "No attempts found" not in capsys.readouterr().out
    assert signs_in(client, "amira")


def test_production_settings_keep_failed_sign_ins_in_the_database_with_redis(redis_url, tmp_path):
    environ = {
        "DJANGO_SETTINGS_MODULE": "actsite.settings.production",
        "SECRET_KEY": "x" * 50,
        "ALLOWED_HOSTS": "act.example.org",
        "SITE_URL": "https://act.example.org",
        "DATABASE_URL": f"sqlite:///{tmp_path}/check.sqlite3",
        "REDIS_URL": redis_url,
        "PATH": "/usr/bin:/bin",
    }
    code = (
        "import django; django.setup(); "
        "from django.conf import settings; print(settings.AXES_HANDLER)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=environ, capture_output=True, text=True
    )
    assert result.stdout.strip() == "axes.handlers.database.AxesDatabaseHandler", result.stderr
