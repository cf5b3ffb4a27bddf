"""CSRF tokens for cached pages with a form, made as Django makes them, for less.

A cached page with a form (an event's booking form) is mostly served to people who have never
been here: each needs a new CSRF secret (its cookie) and a masked token (in the form). Django's
``get_token()`` draws each of those 64 characters with its own ``secrets.choice`` call, about
100 µs a visitor: most of what serving such a page from the cache costs. ``token_for()`` draws
the same characters, from the same alphabet and just as uniformly, from one ``os.urandom`` read
each, in the format Django's CsrfViewMiddleware checks (tests/core/test_csrf_tokens.py posts
them through it, so a change of format in a Django upgrade fails there, not in production).
"""

import secrets

from django.middleware.csrf import CSRF_ALLOWED_CHARS, CSRF_SECRET_LENGTH

_SIZE = len(CSRF_ALLOWED_CHARS)
_POSITION = {char: position for position, char in enumerate(CSRF_ALLOWED_CHARS)}
# Bytes from this value up would make the alphabet's first characters likelier: skipped.
_UNBIASED_BELOW = 256 - 256 % _SIZE


def random_chars(length):
    """``length`` characters drawn uniformly and independently from Django's CSRF alphabet."""
    chars = []
    while len(chars) < length:
        drawn = secrets.token_bytes(length + length // 4)
        chars.extend(CSRF_ALLOWED_CHARS[byte % _SIZE] for byte in drawn if byte < _UNBIASED_BELOW)
    return "".join(chars[:length])


def masked(secret):
    """The secret as a form carries it: a fresh mask, then the secret shifted by the mask, so
    the page never shows the same token twice (Django's defence against BREACH)."""
    mask = random_chars(len(secret))
    shifted = (
        CSRF_ALLOWED_CHARS[(_POSITION[s] + _POSITION[m]) % _SIZE]
        for s, m in zip(secret, mask, strict=True)
    )
    return mask + "".join(shifted)


def token_for(request):
    """What ``django.middleware.csrf.get_token(request)`` returns, and its side effects: the
    visitor's secret (a new one if they have none) is marked for CsrfViewMiddleware to send
    as the cookie, and the form gets it masked."""
    secret = request.META.get("CSRF_COOKIE")
    if secret is None:
        secret = random_chars(CSRF_SECRET_LENGTH)
        request.META["CSRF_COOKIE"] = secret
    request.META["CSRF_COOKIE_NEEDS_UPDATE"] = True
    return masked(secret)
