"""Backing services for production, each switched on by environment variables alone.

``production.py`` calls these; the tests call the same functions to run the site against the
real services (Redis, an S3 emulator), so what is tested is what is deployed.

- REDIS_URL: the shared cache (pages, fragments, rate limits). Sessions stay in the database.
- AWS_STORAGE_BUCKET_NAME (+ AWS_S3_ENDPOINT_URL, AWS_S3_REGION_NAME, AWS_ACCESS_KEY_ID,
  AWS_SECRET_ACCESS_KEY): uploads on S3-compatible object storage instead of MEDIA_ROOT.
- TASKS_BACKEND=rq: background tasks on Redis, worked by ``manage.py rqworker``; otherwise the
  database queue, worked by ``manage.py db_worker``.
"""


def redis_caches(url):
    """The shared cache (pages, fragments, rate limits) on Redis, and each process's own cache
    for counting rate limits while Redis is away.

    django-redis with ``IGNORE_EXCEPTIONS``: while Redis is away every cache read misses and
    every write is dropped, so pages are rendered rather than served from the cache and nothing
    answers 500. Short socket time-outs, and a client that stops asking for a few seconds after
    a failure (``actsite.redis_client``), keep a Redis that hangs from holding up requests.
    Sessions are not kept here but in the database (Django's default engine): a sign-out must
    hold even if it happened while Redis was away.
    """
    options = {
        "CLIENT_CLASS": "actsite.redis_client.RedisAwayClient",
        "IGNORE_EXCEPTIONS": True,
        "SOCKET_CONNECT_TIMEOUT": 0.2,
        "SOCKET_TIMEOUT": 0.2,
    }
    return {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": url,
            "KEY_PREFIX": "act",
            "OPTIONS": options,
        },
        "local": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "local"},
    }


def s3_storage(environ):
    """Uploads (documents, images, previews) in a private bucket. Documents are still served
    through Wagtail's serve view, so downloads stay checked and counted."""
    return {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": environ["AWS_STORAGE_BUCKET_NAME"],
            "endpoint_url": environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": environ.get("AWS_S3_REGION_NAME") or None,
            "location": environ.get("AWS_LOCATION", "media"),
            "default_acl": None,  # the bucket stays private
            "querystring_auth": True,  # image URLs are signed and expire
            "file_overwrite": False,
        },
    }


def rq_tasks(url):
    """Settings for background tasks on RQ: the TASKS backend and django-rq's queue."""
    return {
        "TASKS": {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}},
        "RQ_QUEUES": {"default": {"URL": url, "DEFAULT_TIMEOUT": 300}},
    }


RQ_APPS = ["django_rq", "django_tasks_rq"]
