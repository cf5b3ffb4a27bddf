"""The production topology's services, switched on by environment variables, against the real
thing: Redis for cache, sessions and tasks; S3-compatible object storage for uploads."""

import os
import subprocess
import sys
from pathlib import Path

import django_rq
import pytest
from django_tasks_rq import Job
from rq import SimpleWorker

from django.contrib.auth.models import User
from django.contrib.sessions.models import Session
from django.core import mail
from django.core.cache import caches
from django.test import Client

from actsite.settings import services
from campaigns.events import bookings
from tests.campaigns.factories import (
    DocumentFactory,
    EventIndexPageFactory,
    EventPageFactory,
)

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow  # a whole migrate, then the start-up check, under production settings
def test_production_settings_switch_every_service_on_from_the_environment(
    redis_url, s3_environment, tmp_path
):
    environ = {
        **os.environ,
        **s3_environment,
        "DJANGO_SETTINGS_MODULE": "actsite.settings.production",
        "SECRET_KEY": "x" * 50,
        "ALLOWED_HOSTS": "act.example.org",
        "SITE_URL": "https://act.example.org",
        # A migrated database of its own: sessions are kept in it.
        "DATABASE_URL": f"sqlite:///{tmp_path}/check.sqlite3",
        "REDIS_URL": redis_url,
        "TASKS_BACKEND": "rq",
    }
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "-v0"], cwd=ROOT, env=environ, check=True,
        capture_output=True, timeout=300,
    )  # fmt: skip
    result = subprocess.run(
        [sys.executable, "manage.py", "check_services"],
        cwd=ROOT, env=environ, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    lines = [line for line in result.stdout.splitlines() if ": ok (" in line]
    assert result.returncode == 0 and len(lines) == 6, result.stdout + result.stderr
    assert "cache: ok (RedisCache)" in lines
    assert "sessions: ok (db)" in lines
    assert "storage: ok (S3Storage)" in lines
    assert "tasks: ok (RQBackend)" in lines
    assert "site address: ok (https://act.example.org)" in lines  # migrate set it from SITE_URL

    # Someone points the Site elsewhere by hand: the start-up check refuses, in one line.
    subprocess.run(
        [sys.executable, "manage.py", "set_site_address", "http://localhost"], cwd=ROOT,
        env=environ, check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    result = subprocess.run(
        [sys.executable, "manage.py", "check_services"],
        cwd=ROOT, env=environ, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode != 0
    assert result.stderr.strip().splitlines()[-1] == (
        "CommandError: site address: the default Site is http://localhost, "
        "not SITE_URL https://act.example.org: run manage.py migrate"
    )


def test_check_services_fails_in_one_line_when_redis_is_down(tmp_path):
    environ = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "actsite.settings.production",
        "SECRET_KEY": "x" * 50,
        "ALLOWED_HOSTS": "act.example.org",
        "SITE_URL": "https://act.example.org",
        "DATABASE_URL": f"sqlite:///{tmp_path}/check.sqlite3",
        "REDIS_URL": "redis://127.0.0.1:1/0",  # nothing listens on port 1
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check_services"],
        cwd=ROOT, env=environ, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode != 0
    assert "cache: ConnectionError" in result.stderr.strip().splitlines()[-1]


def test_sessions_are_kept_in_the_database_not_in_redis(redis, home_page):
    user = User.objects.create_user("learner", "learner@example.org", "a-long-password-1")
    client = Client()
    client.force_login(user)
    session_key = client.cookies["sessionid"].value
    assert Session.objects.filter(session_key=session_key).exists()
    assert int(client.session["_auth_user_id"]) == user.pk
    assert not [key for key in redis.keys("*") if session_key.encode() in key]


def test_the_cache_lives_in_redis(redis):
    cache = caches["default"]
    cache.set("greeting", "hello")
    assert cache.get_many(["greeting", "missing"]) == {"greeting": "hello"}
    assert redis.exists("act:1:greeting")


def test_uploads_are_stored_in_the_bucket_and_served_through_the_site(s3_bucket, client):
    document = DocumentFactory(title="Spot the signs poster")
    stored = [item.key for item in s3_bucket.objects.all()]
    assert any(key.startswith("media/documents/") for key in stored), stored
    document.refresh_from_db()
    assert document.preview_image is not None  # rendered from the PDF read back from S3
    response = client.get(document.url)
    assert response.status_code == 200
    with document.file.open() as original:
        assert b"".join(response.streaming_content) == original.read()
    assert response["X-Content-Type-Options"] == "nosniff"


def test_booking_emails_go_through_an_rq_worker(
    redis, settings, home_page, django_capture_on_commit_callbacks
):

    rq = services.rq_tasks(settings.CACHES["default"]["LOCATION"])
    settings.TASKS, settings.RQ_QUEUES = rq["TASKS"], rq["RQ_QUEUES"]
    event = EventPageFactory(parent=EventIndexPageFactory(parent=home_page), capacity=3)
    with django_capture_on_commit_callbacks(execute=True):
        bookings.book(event, name="Sam Taylor", email="sam@example.org", places=1)
    assert mail.outbox == []  # queued in Redis, not sent by the web process
    queue = django_rq.get_queue("default", job_class=Job)
    queued = [job.func_name for job in queue.jobs]
    assert queued.count("actsite.tasks.deliver_email") == 1, queued
    SimpleWorker([queue], connection=queue.connection, job_class=Job).work(burst=True)
    assert [message.to for message in mail.outbox] == [["sam@example.org"]]


def test_the_deployed_gunicorn_configuration_loads_the_site(tmp_path):
    environ = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "actsite.settings.production",
        "SECRET_KEY": "x" * 50,
        "ALLOWED_HOSTS": "act.example.org",
        "SITE_URL": "https://act.example.org",
        "DATABASE_URL": f"sqlite:///{tmp_path}/check.sqlite3",
    }
    result = subprocess.run(
        [sys.executable, "-m", "gunicorn", "--check-config", "-c", "deploy/gunicorn.conf.py",
         "actsite.wsgi:application"],
        cwd=ROOT, env=environ, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
