"""Rate limits for public forms, counted in the shared cache per hashed client address."""

import hashlib
import hmac
import time

from django.conf import settings
from django.core.cache import cache

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

    While the shared cache is unreachable nothing can be counted, and nobody is refused: a
    Redis outage must not stop bookings or sign-ins (django-axes still locks accounts).
    """
    window = int(time.time() // period_seconds)
    key = f"ratelimit:{scope}:{client_fingerprint(request)}:{window}"
    cache.add(key, 0, timeout=period_seconds)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=period_seconds)
        count = 1
    return count is not None and count > limit


class SignInRateLimitMiddleware:
    """Limit sign-in and password-reset submissions per (hashed) client address.

    django-axes locks one account after repeated failures; this stops one address trying many
    accounts, or sending many password-reset emails. Over the limit, the person gets a page
    that says what happened and when to try again (HTTP 429); nothing is processed.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "POST" and request.path_info in settings.SIGN_IN_PATHS:
            limit, period = settings.SIGN_IN_LIMIT
            if over_limit(request, "sign-in", limit, period):
                from django.template.response import TemplateResponse

                response = TemplateResponse(
                    request, "rate_limited.html", {"minutes": period // 60}, status=429
                )
                response["Retry-After"] = str(period)
                return response.render()
        return self.get_response(request)
