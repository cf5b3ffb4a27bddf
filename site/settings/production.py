"""Production: configured only from environment variables.

Required: SECRET_KEY, ALLOWED_HOSTS (comma-separated), DATABASE_URL, SITE_URL (the public
address, e.g. https://act.example.org: every migrate points the Wagtail Site there, and
``manage.py check_services`` refuses to pass until it does).
Optional: REDIS_URL (the shared cache; sessions stay in the database), TRUSTED_PROXIES,
AWS_STORAGE_BUCKET_NAME and friends (uploads on object storage), TASKS_BACKEND=rq (tasks on
Redis): see settings/services.py;
EMAIL_HOST/EMAIL_PORT/EMAIL_HOST_USER/EMAIL_HOST_PASSWORD, DEFAULT_FROM_EMAIL (noreply@ the
SITE_URL's host when unset),
FRONTEND_CACHE_PURGE_URL, WAGTAILADMIN_BASE_URL (SITE_URL when unset), MEDIA_ROOT, STATIC_ROOT;
OIDC_* and PASSWORD_SIGN_IN (single sign-on: docs/single-sign-on.md).
"""

import os
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from . import services
from .base import *  # noqa: F403


def _required(name):
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"Set the {name} environment variable to run in production.")
    return value


DEBUG = False
SECRET_KEY = _required("SECRET_KEY")
SITE_URL = _required("SITE_URL").rstrip("/")
if urlsplit(SITE_URL).scheme not in ("http", "https") or not urlsplit(SITE_URL).hostname:
    raise ImproperlyConfigured(
        f"SITE_URL {SITE_URL!r} is not an address like https://act.example.org."
    )
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", SITE_URL)
# Mail comes from the site's own domain unless DEFAULT_FROM_EMAIL says otherwise: never
# noreply@localhost, which receiving servers refuse and people cannot trust.
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL",
    f"{WAGTAIL_SITE_NAME} <noreply@{urlsplit(SITE_URL).hostname}>",  # noqa: F405
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL
ALLOWED_HOSTS = [h.strip() for h in _required("ALLOWED_HOSTS").split(",") if h.strip()]
CSRF_TRUSTED_ORIGINS = [f"https://{h.lstrip('.')}" for h in ALLOWED_HOSTS if h != "*"]
DATABASES = {"default": database_from_environment(None)}  # noqa: F405
if not os.environ.get("DATABASE_URL"):
    raise ImproperlyConfigured("Set the DATABASE_URL environment variable to run in production.")

# Single sign-on (OIDC_RP_CLIENT_ID set) needs its secret and the provider's four endpoints.
if OIDC_ENABLED:  # noqa: F405
    for _name in (
        "OIDC_RP_CLIENT_SECRET",
        "OIDC_OP_AUTHORIZATION_ENDPOINT",
        "OIDC_OP_TOKEN_ENDPOINT",
        "OIDC_OP_USER_ENDPOINT",
        "OIDC_OP_JWKS_ENDPOINT",
    ):
        _required(_name)

REDIS_URL = os.environ.get("REDIS_URL", "").strip()
if REDIS_URL:
    CACHES = services.redis_caches(REDIS_URL)

if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    STORAGES = {**STORAGES, "default": services.s3_storage(os.environ)}  # noqa: F405

if os.environ.get("TASKS_BACKEND", "database") == "rq":
    if not REDIS_URL:
        raise ImproperlyConfigured("TASKS_BACKEND=rq needs REDIS_URL.")
    _rq = services.rq_tasks(REDIS_URL)
    TASKS, RQ_QUEUES = _rq["TASKS"], _rq["RQ_QUEUES"]
    INSTALLED_APPS = [*INSTALLED_APPS, *services.RQ_APPS]  # noqa: F405

# Purge a caching proxy (Varnish, nginx) when pages are published; nothing to purge when unset.
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
        }
    }

MEDIA_ROOT = os.environ.get("MEDIA_ROOT", str(MEDIA_ROOT))  # noqa: F405
STATIC_ROOT = os.environ.get("STATIC_ROOT", str(STATIC_ROOT))  # noqa: F405

# --- Transport security ---
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true").lower() == "true"
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = 31_536_000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# --- Email through an SMTP relay ---
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_FILE_PATH = os.environ.get("EMAIL_FILE_PATH")  # for the file backend (staging)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "false").lower() == "true"
# A relay that hangs fails the attempt after this long (the outbox tries again later).
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))
