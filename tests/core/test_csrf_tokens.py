"""CSRF tokens made for cached pages are tokens Django's CSRF middleware accepts, and as random."""

from collections import Counter

from django.http import HttpResponse
from django.middleware.csrf import CSRF_ALLOWED_CHARS, CsrfViewMiddleware
from django.test import RequestFactory

from actsite.csrf_tokens import random_chars, token_for

middleware = CsrfViewMiddleware(lambda request: HttpResponse())


def _view(request):
    return HttpResponse("booked")


def _post(cookie, token):
    request = RequestFactory().post("/events/x/", {"csrfmiddlewaretoken": token})
    request.COOKIES["csrftoken"] = cookie
    middleware.process_request(request)
    return middleware.process_view(request, _view, (), {})


def test_a_new_visitor_gets_a_cookie_and_a_token_django_accepts():
    request = RequestFactory().get("/events/x/")
    middleware.process_request(request)
    token = token_for(request)
    response = middleware.process_response(request, HttpResponse())
    cookie = response.cookies["csrftoken"].value
    assert len(cookie) == 32 and len(token) == 64
    assert set(cookie + token) <= set(CSRF_ALLOWED_CHARS)
    assert _post(cookie, token) is None  # None: the middleware lets the view run
    forged = token[:32] + token[32:][::-1]
    assert _post(cookie, forged).status_code == 403


def test_a_returning_visitor_keeps_their_secret_and_never_sees_the_same_token_twice():
    request = RequestFactory().get("/events/x/")
    request.COOKIES["csrftoken"] = cookie = random_chars(32)
    middleware.process_request(request)
    first, second = token_for(request), token_for(request)
    assert first != second
    assert _post(cookie, first) is None and _post(cookie, second) is None
    response = middleware.process_response(request, HttpResponse())
    assert response.cookies["csrftoken"].value == cookie  # renewed, as Django does


def test_every_character_is_equally_likely():
    drawn = Counter(random_chars(62 * 3000))
    assert set(drawn) == set(CSRF_ALLOWED_CHARS)
    # Mapping all 256 byte values onto 62 characters would make the first 8 a quarter likelier.
    assert max(drawn.values()) < 3000 * 1.12 and min(drawn.values()) > 3000 * 0.88
