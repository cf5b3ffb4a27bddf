"""Rate limits for public forms, counted in the shared cache per hashed client address."""

import hashlib
import hmac
import time

from django.conf import settings
from django.core.cache import caches
from django.template.response import TemplateResponse

from actsite.client_address import client_address


def client_fingerprint(request):
    """A keyed hash of the client's address: enough to count, useless to identify anyone.

    It lives only in the cache, for as long as the limit's window.
    """
    address = client_address(request)
    key = settings.SECRET_KEY.encode()
    return hmac.new(key, address.encode(), hashlib.sha256).hexdigest()[:32]


def over_limit(request, scope, limit, period_seconds):
    """Count this request in ``scope``; True when the client has gone over ``limit`` per period.

    Counted in the shared cache. While it is unreachable (django-redis answers None rather than
    failing), each process counts in its own memory instead: a Redis outage neither stops
    bookings and sign-ins nor lifts the limits.
    """
    return count_attempt(request, scope, period_seconds) > limit


def count_attempt(request, scope, period_seconds):
    """Count one attempt by this client in ``scope``; returns the count so far this period."""
    key = _key(request, scope, period_seconds)
    count = _count(caches["default"], key, period_seconds)
    if count is None:
        count = _count(caches[settings.RATE_LIMIT_FALLBACK_CACHE], key, period_seconds)
    return count


def attempts_so_far(request, scope, period_seconds):
    """How many attempts this client has made in ``scope`` this period, counting nothing."""
    key = _key(request, scope, period_seconds)
    counted = caches["default"].get(key)
    if counted is None:
        counted = caches[settings.RATE_LIMIT_FALLBACK_CACHE].get(key)
    return counted or 0


def _key(request, scope, period_seconds):
    window = int(time.time() // period_seconds)
    return f"ratelimit:{scope}:{client_fingerprint(request)}:{window}"


def _count(store, key, period_seconds):
    """Add one to ``key`` in ``store``; the new count, or None when the store is away."""
    store.add(key, 0, timeout=period_seconds)
    try:
        return store.incr(key)
    except ValueError:  # expired between add and incr (or the store lost it)
        store.set(key, 1, timeout=period_seconds)
        return store.get(key)


def sign_in_paused(request):
    """True when this client has had too many failed sign-ins (or resets) this period."""
    limit, period = settings.SIGN_IN_LIMIT
    return attempts_so_far(request, "sign-in", period) >= limit


def count_failed_sign_in(request):
    count_attempt(request, "sign-in", settings.SIGN_IN_LIMIT[1])


def sign_in_paused_page(request):
    """The "too many attempts, try again later" page (HTTP 429)."""

    period = settings.SIGN_IN_LIMIT[1]
    response = TemplateResponse(request, "rate_limited.html", {"minutes": period // 60}, status=429)
    response["Retry-After"] = str(period)
    return response.render()


class SignInRateLimitMiddleware:
    """Limit sign-in and password-reset submissions per (hashed) client address.

    django-axes locks one account after repeated failures; this stops one address trying many
    accounts, or sending many password-reset emails. Failed sign-ins and every reset request
    count; successful sign-ins do not. Over the limit, the person gets a page that says what
    happened and when to try again (HTTP 429); nothing is processed.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method != "POST" or request.path_info not in settings.SIGN_IN_PATHS:
            return self.get_response(request)
        if sign_in_paused(request):
            return sign_in_paused_page(request)
        response = self.get_response(request)
        # A successful sign-in costs nothing: a council office behind one address signs many
        # people in on a training day. Failures and every password-reset request count.
        signed_in = response.status_code == 302 and "password_reset" not in request.path_info
        if not signed_in:
            count_failed_sign_in(request)
        return response
