"""Production settings come only from the environment and refuse to start without a secret."""

import os
import subprocess
import sys

import pytest

BASE_ENV = {
    "PATH": os.environ["PATH"],
    "DJANGO_SETTINGS_MODULE": "actsite.settings.production",
    "ALLOWED_HOSTS": "act.example.org",
    "DATABASE_URL": "postgres://act@127.0.0.1:5432/act",
    "SITE_URL": "https://act.example.org",
}


def run_django(env, code="import django; django.setup(); print('started')"):
    return subprocess.run(  # noqa: S603
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "SITE_URL"])
def test_production_refuses_to_start_without_required_settings(missing):
    env = {**BASE_ENV, "SECRET_KEY": "x" * 60}
    env.pop(missing)
    result = run_django(env)
    assert result.returncode != 0
    assert f"Set the {missing} environment variable" in result.stderr


def test_production_reads_everything_from_the_environment():
    env = {**BASE_ENV, "SECRET_KEY": "x" * 60, "REDIS_URL": "redis://127.0.0.1:6379/3"}
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.DEBUG, s.ALLOWED_HOSTS, s.DATABASES['default']['ENGINE'], "
        "s.DATABASES['default']['NAME'], s.CACHES['default']['LOCATION'], s.SECURE_HSTS_SECONDS)"
    )
    result = run_django(env, code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "False",
        "['act.example.org']",
        "django.db.backends.postgresql",
        "act",
        "redis://127.0.0.1:6379/3",
        "31536000",
    ]


@pytest.mark.parametrize(
    ("given", "sender"),
    [
        (None, "Act Against Trafficking <noreply@act.example.org>"),
        ("Training <training@council.example>", "Training <training@council.example>"),
    ],
)
def test_production_mail_comes_from_the_sites_domain_unless_told_otherwise(given, sender):
    env = {**BASE_ENV, "SECRET_KEY": "x" * 60}
    if given:
        env["DEFAULT_FROM_EMAIL"] = given
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.DEFAULT_FROM_EMAIL); print(s.SERVER_EMAIL)"
    )
    result = run_django(env, code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [sender, sender]
