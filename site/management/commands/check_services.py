"""Round-trip every backing service this deployment is configured for: a smoke test after a
deploy, and what CI runs against real Redis and an S3 emulator. It also refuses a Site whose
address is not SITE_URL, so no email goes out with links to the wrong host."""

import secrets
from importlib import import_module

from django.conf import settings
from django.core.cache import caches
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from actsite.public_urls import root_url, site_matches
from actsite.tasks import ping


def check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return connection.vendor


def check_cache():
    store = caches["default"]
    if store.__module__.startswith("django_redis"):
        # Reads and writes ignore a Redis outage (IGNORE_EXCEPTIONS); ask Redis itself.
        from django_redis import get_redis_connection  # noqa: PLC0415 - only when the cache is django-redis

        get_redis_connection("default").ping()
    key, value = f"check-services:{secrets.token_hex(8)}", secrets.token_hex(8)
    store.set(key, value, 30)
    if store.get(key) != value:
        raise CommandError("the cache did not return what was stored")
    store.delete(key)
    return type(store).__name__


def check_sessions():
    engine = import_module(settings.SESSION_ENGINE)
    session = engine.SessionStore()
    session["check"] = "ok"
    session.save()
    if engine.SessionStore(session.session_key).get("check") != "ok":
        raise CommandError("a saved session could not be read back")
    session.delete()
    return settings.SESSION_ENGINE.rsplit(".", 1)[-1]


def check_storage():
    name = default_storage.save(f"check-services/{secrets.token_hex(8)}.txt", ContentFile(b"ok"))
    try:
        with default_storage.open(name) as stored:
            if stored.read() != b"ok":
                raise CommandError("storage returned different bytes")
    finally:
        default_storage.delete(name)
    return type(default_storage._wrapped).__name__


def check_tasks():
    result = ping.enqueue()
    if not result.id:
        raise CommandError("the task queue gave no id")
    return type(ping.get_backend()).__name__


def check_site_address():
    address = getattr(settings, "SITE_URL", "")
    if not address:
        return "SITE_URL not set; links use the Site as it is"
    if not site_matches(address):
        raise CommandError(
            f"the default Site is {root_url()}, not SITE_URL {address}: run manage.py migrate"
        )
    return address


CHECKS = {
    "database": check_database,
    "cache": check_cache,
    "sessions": check_sessions,
    "storage": check_storage,
    "tasks": check_tasks,
    "site address": check_site_address,
}


class Command(BaseCommand):
    help = "Write to and read back from the database, cache, sessions, storage and task queue."

    def handle(self, *args, **options):
        for name, check in CHECKS.items():
            try:
                detail = check()
            except CommandError as error:
                raise CommandError(f"{name}: {error}") from error
            except Exception as error:  # noqa: BLE001 - any failure is reported in one line
                raise CommandError(f"{name}: {type(error).__name__}: {error}") from error
            self.stdout.write(f"{name}: ok ({detail})")
