"""gunicorn for the site: `gunicorn -c deploy/gunicorn.conf.py actsite.wsgi:application`.

Stateless: every worker reads sessions, the cache and uploads from the shared services, so
more app servers behind nginx (or a load balancer) need no other change.
"""

import gc
import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
worker_class = "sync"  # Django views and PostgreSQL queries are blocking; processes scale them
timeout = 30
graceful_timeout = 30
keepalive = 5
# Recycle workers now and then (a leak stays small); jitter keeps them from restarting together.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", 100_000))
max_requests_jitter = max_requests // 10
preload_app = True
accesslog = None  # nginx logs requests without client addresses (deploy/nginx.conf)
errorlog = "-"


def when_ready(server):
    """The app is loaded (preload_app) and workers are about to fork: move everything start-up
    built out of the garbage collector's sweeps. It lives as long as the workers, full
    collections stay short and the memory pages stay shared."""
    gc.freeze()
