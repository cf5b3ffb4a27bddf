"""Settings shared by every environment. Environment-specific modules import from here."""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE

from actsite.client_address import parse_trusted_proxies
from actsite.languages import site_languages

PROJECT_DIR = Path(__file__).resolve().parent.parent  # site/
BASE_DIR = PROJECT_DIR.parent  # the repository root

# --- Applications -------------------------------------------------------------------------

INSTALLED_APPS = [
    "actsite",
    "campaigns",
    "courses",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.routable_page",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "axes",
    "csp",
    "django_tasks",
    "django_tasks_db",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "actsite.security_headers.ContentSecurityPolicyMiddleware",
    "actsite.security_headers.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "actsite.bad_requests.RefuseOversizePublicPostsMiddleware",
    "actsite.bad_requests.RejectNullCharactersMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "actsite.idle_sessions.IdleSessionMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "actsite.cache_headers.CacheHeadersMiddleware",
    "actsite.rate_limits.SignInRateLimitMiddleware",
    "actsite.translation_permissions.PageTranslationPermissionMiddleware",
    # Last: turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]
# Sign-in and password-reset forms accept this many submissions per address per period
# (seconds) before a "try again later" page (actsite.rate_limits.SignInRateLimitMiddleware).
SIGN_IN_LIMIT = (int(os.environ.get("SIGN_IN_LIMIT", 30)), 15 * 60)
SIGN_IN_PATHS = [
    "/accounts/login/",
    "/admin/login/",
    "/accounts/password_reset/",
    "/admin/password_reset/",
]

ROOT_URLCONF = "actsite.urls"
WSGI_APPLICATION = "actsite.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "actsite.context_processors.site_furniture",
            ],
        },
    },
]

# --- Database -----------------------------------------------------------------------------
# SQLite is the embedded default; DATABASE_URL (PostgreSQL in production and CI) overrides it.

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"


def database_from_environment(default_sqlite_path):
    """The default database: DATABASE_URL when set, otherwise a SQLite file."""

    url = os.environ.get("DATABASE_URL")
    if url:
        return dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": default_sqlite_path,
        # Writers queue for the lock instead of failing with "database is locked".
        "OPTIONS": {"transaction_mode": "IMMEDIATE", "timeout": 20},
    }


DATABASES = {"default": database_from_environment(BASE_DIR / "db.sqlite3")}

# --- Accounts -----------------------------------------------------------------------------

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

AUTHENTICATION_BACKENDS = [
    # First: refuses any login (admin or site) for a while after repeated failures.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Five wrong passwords for one account from one address lock that pair out for an hour; a
# right password clears the count. Successful logins are not recorded (nothing to retain).
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", 5))
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_DISABLE_ACCESS_LOG = True
# Failed attempts are database rows, cleared after the cool-off, in every configuration: the
# documented unlock (manage.py axes_reset_username / axes_reset_ip / axes_reset) works
# everywhere, and a Redis outage neither forgets nor blocks sign-ins.
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
# Failed sign-ins are counted per visitor, not per proxy (actsite.client_address).
AXES_CLIENT_IP_CALLABLE = "actsite.client_address.client_address"
AXES_LOCKOUT_TEMPLATE = "account_locked.html"
# axes logs failed sign-ins; its lines name the form only, never the username or address.
AXES_CLIENT_STR_CALLABLE = "actsite.log_filters.axes_client_str"

LOGIN_URL = "/accounts/login/"
WAGTAILADMIN_USER_LOGIN_FORM = "actsite.sign_in.AdminSignInForm"
LOGIN_REDIRECT_URL = "/training/my/"
LOGOUT_REDIRECT_URL = "/"

# Single sign-on with the council's identity provider (OpenID Connect, mozilla-django-oidc):
# off unless OIDC_RP_CLIENT_ID is set; docs/single-sign-on.md. Accounts are matched by verified
# email; new learners are created only with OIDC_CREATE_USERS=true; staff and editors keep
# signing in with a password (SSO never signs anyone in to the admin).
OIDC_RP_CLIENT_ID = os.environ.get("OIDC_RP_CLIENT_ID", "")
OIDC_ENABLED = bool(OIDC_RP_CLIENT_ID)
OIDC_RP_CLIENT_SECRET = os.environ.get("OIDC_RP_CLIENT_SECRET", "")
OIDC_OP_AUTHORIZATION_ENDPOINT = os.environ.get("OIDC_OP_AUTHORIZATION_ENDPOINT", "")
OIDC_OP_TOKEN_ENDPOINT = os.environ.get("OIDC_OP_TOKEN_ENDPOINT", "")
OIDC_OP_USER_ENDPOINT = os.environ.get("OIDC_OP_USER_ENDPOINT", "")
OIDC_OP_JWKS_ENDPOINT = os.environ.get("OIDC_OP_JWKS_ENDPOINT", "")
OIDC_RP_SIGN_ALGO = os.environ.get("OIDC_RP_SIGN_ALGO", "RS256")
OIDC_RP_SCOPES = "openid email profile"
OIDC_USE_PKCE = True
OIDC_TOKEN_USE_BASIC_AUTH = os.environ.get("OIDC_TOKEN_USE_BASIC_AUTH", "false").lower() == "true"
OIDC_TIMEOUT = 10  # seconds for each call to the provider
OIDC_AUTHENTICATION_CALLBACK_URL = "sso_callback"
OIDC_CREATE_USER = os.environ.get("OIDC_CREATE_USERS", "false").lower() == "true"
# What the sign-in page's button says: "Sign in with <name>".
OIDC_PROVIDER_NAME = os.environ.get("OIDC_PROVIDER_NAME", "your council account")
# false: the site's sign-in page offers single sign-on only (the admin keeps its password form).
PASSWORD_SIGN_IN = os.environ.get("PASSWORD_SIGN_IN", "true").lower() == "true"
if OIDC_ENABLED:
    AUTHENTICATION_BACKENDS.append("courses.single_sign_on.CouncilSignOnBackend")

# Signed-in sessions end after an hour without a visit.
SESSION_COOKIE_AGE = int(os.environ.get("SESSION_IDLE_SECONDS", 60 * 60))
SESSION_SAVE_EVERY_REQUEST = False
# Signed-in sessions are renewed at most this often (actsite.idle_sessions), not on every page.
SESSION_RENEW_SECONDS = 5 * 60

# --- Language and time --------------------------------------------------------------------

# English is the default and has no URL prefix; every other language lives under its code
# (/cy/, /pl/...). SITE_LANGUAGES (comma separated codes from actsite.languages) adds more.
LANGUAGE_CODE = "en-gb"
LANGUAGES = site_languages(os.environ.get("SITE_LANGUAGES", "cy,pl,ro"))
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [PROJECT_DIR / "locale"]
# wagtail-localize: a new translation starts as a draft (English text where nothing is
# translated yet); the volunteer translates it, then publishes or submits it for approval.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# Certificates are printed with DejaVu Sans (OS package fonts-dejavu-core): every language.
CERTIFICATE_FONT_DIR = os.environ.get("CERTIFICATE_FONT_DIR", "/usr/share/fonts/truetype/dejavu")
TIME_ZONE = "Europe/London"
# Each language's own date and time formats (a 24-hour clock in Polish and Romanian).
FORMAT_MODULE_PATH = ["actsite.formats"]
USE_I18N = True
USE_TZ = True

# --- Static files and uploads -------------------------------------------------------------

STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
STATIC_URL = "/static/"
MEDIA_ROOT = BASE_DIR / "media"
MEDIA_URL = "/media/"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000  # long Wagtail pages in the admin
# A POST outside the admin larger than this is refused before it is read (bad_requests.py).
PUBLIC_POST_MAX_BYTES = 64 * 1024
# Where rate limits are counted while the shared cache is away (actsite.rate_limits): each
# process's own memory.
RATE_LIMIT_FALLBACK_CACHE = "local"
# After Redis fails, each process leaves it alone this long before asking again
# (actsite.redis_client): a Redis that hangs costs one time-out per interval, not per call.
REDIS_RETRY_SECONDS = int(os.environ.get("REDIS_RETRY_SECONDS", 5))
# Each process's memory; production with REDIS_URL shares "default" (settings/services.py).
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "local": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "local"},
}

# --- Wagtail ------------------------------------------------------------------------------

WAGTAIL_SITE_NAME = "Act Against Trafficking"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# No avatars from gravatar.com: nothing loads from a third party, the admin included (and the
# request would tell Gravatar who is signed in). Wagtail shows its default avatar instead.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILIMAGES_IMAGE_MODEL = "actsite.SiteImage"
WAGTAILDOCS_DOCUMENT_MODEL = "actsite.SiteDocument"
# PostgreSQL stems words in English ("passports" finds "passport"); SQLite's full-text table
# has the Porter stemmer (site/migrations/0008_search_stemming.py). Polish and Romanian, which
# neither stems here, get stems from actsite.search_stems. After changing the configuration or
# a stemmer on a running site, rebuild the index: `manage.py update_index`.
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "english"}
}
# Documents go through Django so downloads can be checked and counted, never linked directly.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = ["pdf", "png", "jpg", "jpeg", "docx", "odt"]  # never HTML or SVG
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]  # no SVG
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILEMBEDS_FINDERS = []  # nothing is fetched from, or embedded from, third parties

# How long public pages may be kept (actsite.cache_headers): by browsers, which nobody can
# purge; by shared caches (nginx, a CDN), which publishing, bookings and snippet edits purge
# (actsite.purging); and by shared caches for addresses with a query string (filters, later
# pages of a listing), which are not all purged by name.
PUBLIC_CACHE_MAX_AGE = int(os.environ.get("PUBLIC_CACHE_MAX_AGE", "60"))
PUBLIC_CACHE_SHARED_MAX_AGE = int(os.environ.get("PUBLIC_CACHE_SHARED_MAX_AGE", "3600"))
PUBLIC_CACHE_QUERY_MAX_AGE = int(os.environ.get("PUBLIC_CACHE_QUERY_MAX_AGE", "60"))
# Purging (wagtail.contrib.frontend_cache): production sets WAGTAILFRONTENDCACHE from
# FRONTEND_CACHE_PURGE_URL. Every language version is purged by name (actsite.purging), so
# Wagtail need not guess the other languages' addresses.
WAGTAILFRONTENDCACHE_LANGUAGES = []

# The proxies whose X-Forwarded-For is believed (comma-separated addresses or networks):
# deploy/nginx.conf on the same machine is 127.0.0.1. Empty: every request's own address is the
# visitor's (no proxy). See actsite.client_address.
TRUSTED_PROXIES = parse_trusted_proxies(os.environ.get("TRUSTED_PROXIES", ""))

# --- Safety -------------------------------------------------------------------------------

WAGTAIL_ENABLE_UPDATE_CHECK = False  # the admin never calls out to wagtail.org
ADMIN_URL_PREFIX = "/admin/"

# Headers every environment sends (production adds HSTS and secure cookies).
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "camera",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
        "interest-cohort",
    )
)

# Content Security Policy (django-csp; see actsite/security_headers.py). Public pages: nothing
# inline at all (no nonce: a cached page is the same for everyone), nothing from any other
# host, no plugins, no framing.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [NONE],
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# The Wagtail admin uses inline scripts and styles, blob: previews and its own preview iframe.
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "frame-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }
}

# Where the quick-exit control sends someone: a neutral, everyday page.
QUICK_EXIT_URL = os.environ.get("QUICK_EXIT_URL", "https://www.bbc.co.uk/weather")

# Who is emailed about printed-pack requests, besides the "Campaign coordinators" group.
PACK_REQUEST_RECIPIENTS = [
    address.strip()
    for address in os.environ.get("PACK_REQUEST_RECIPIENTS", "").split(",")
    if address.strip()
]

# --- Email --------------------------------------------------------------------------------

DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "Act Against Trafficking <noreply@localhost>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Background tasks ---------------------------------------------------------------------
# Emails and other slow work go through Django's tasks framework. In production a database
# queue, worked by `manage.py db_worker`; development and tests run tasks at once.

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}

# --- Events and bookings ------------------------------------------------------------------

# Reminders go to people booked this many days before the event (send_event_reminders).
EVENT_REMINDER_DAYS = int(os.environ.get("EVENT_REMINDER_DAYS", 2))
# Bookers' details are anonymised this many days after the event ends (purge_booking_data).
BOOKING_RETENTION_DAYS = int(os.environ.get("BOOKING_RETENTION_DAYS", 30))

# --- Logging ------------------------------------------------------------------------------
# Log lines hold no query strings (search terms, codes), no secret link (booking, password
# reset, certificate), no client address and no username or email: log_filters.py.

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"redact": {"()": "actsite.log_filters.RedactRequestLines"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "filters": ["redact"]},
    },
    "loggers": {
        "django.server": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "django.request": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        # pikepdf announces its logging bridge at INFO on first import: not news.
        "pikepdf": {"level": "WARNING"},
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}

# --- Personal data retention (manage.py apply_retention; see SECURITY.md) ------------------

# Contact and delivery details leave printed-pack requests this long after they were sent or
# declined.
PACK_REQUEST_RETENTION_DAYS = int(os.environ.get("PACK_REQUEST_RETENTION_DAYS", 365))
# Learner accounts nobody has signed in to for this long are erased (by the rule below).
LEARNER_ACCOUNT_RETENTION_DAYS = int(os.environ.get("LEARNER_ACCOUNT_RETENTION_DAYS", 730))
# What erasing a learner does to their training records: "anonymise" keeps dated completions
# without a name (the council's figures still add up); "delete" removes every record.
TRAINING_RECORDS_ON_ERASURE = os.environ.get("TRAINING_RECORDS_ON_ERASURE", "anonymise")
# The key of the pseudonyms learners get in xAPI exports (courses/xapi.py). Keep it stable so a
# Learning Record Store sees the same person as the same actor; derived from SECRET_KEY if unset.
XAPI_ACTOR_KEY = os.environ.get("XAPI_ACTOR_KEY", "")
