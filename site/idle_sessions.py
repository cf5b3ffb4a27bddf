"""Signed-in sessions end after SESSION_COOKIE_AGE seconds without a visit.

Saving the session on every request (SESSION_SAVE_EVERY_REQUEST) would cost a database write
per page. Instead the session is renewed when a signed-in visit comes more than
SESSION_RENEW_SECONDS after the last renewal, so a session ends between
``SESSION_COOKIE_AGE - SESSION_RENEW_SECONDS`` and ``SESSION_COOKIE_AGE`` seconds after the last
visit.
"""

import time

from django.conf import settings

RENEWED_AT = "_renewed_at"


class IdleSessionMiddleware:
    """Must come after SessionMiddleware and AuthenticationMiddleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            now = int(time.time())
            if now - request.session.get(RENEWED_AT, 0) >= settings.SESSION_RENEW_SECONDS:
                request.session[RENEWED_AT] = now  # modified: saved with a fresh expiry
        return response
