"""django-redis's client, which stops asking a Redis that has just failed, for a few seconds.

With ``IGNORE_EXCEPTIONS`` a Redis that refuses connections costs nothing: each call fails at
once and is skipped. A Redis that *hangs* (a full network, a frozen server) costs every call
its socket time-out, and a page makes several. After one failure this client answers every
call as failed without touching the network for ``REDIS_RETRY_SECONDS`` (per process), then
tries again: a hung Redis costs one time-out per process per interval, not one per call.
"""

import time

from django_redis.client import DefaultClient
from django_redis.exceptions import ConnectionInterrupted

from django.conf import settings

# The operations the site's cache calls make (django-redis's DefaultClient methods).
GUARDED = (
    *("get", "set", "add", "delete", "delete_many", "get_many", "set_many", "incr", "decr"),
    *("has_key", "touch", "expire", "ttl", "clear", "keys", "delete_pattern"),
)


class RedisAwayClient(DefaultClient):
    """``DefaultClient`` with a short memory of failure (see the module's docstring)."""

    away_until = 0.0  # per process: every cache alias on this Redis shares the outage

    @classmethod
    def is_away(cls):
        return time.monotonic() < cls.away_until

    @classmethod
    def mark_away(cls):
        cls.away_until = time.monotonic() + getattr(settings, "REDIS_RETRY_SECONDS", 5)


def _guarded(method):
    def call(self, *args, **kwargs):
        if RedisAwayClient.is_away():
            raise ConnectionInterrupted(connection=None) from ConnectionError("Redis is away")
        try:
            return method(self, *args, **kwargs)
        except ConnectionInterrupted:
            RedisAwayClient.mark_away()
            raise

    call.__name__, call.__doc__ = method.__name__, method.__doc__
    return call


for _name in GUARDED:
    setattr(RedisAwayClient, _name, _guarded(getattr(DefaultClient, _name)))
