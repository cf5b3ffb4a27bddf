"""Redis away (nothing listening where REDIS_URL points): the site is slower, never down.
Pages render, bookings are taken, people stay signed in, and rate limits still count."""

import socket
import threading

import pytest

from django.core.cache import caches
from django.test import Client

from actsite.models import SiteFurniture
from actsite.redis_client import RedisAwayClient
from actsite.settings import services
from campaigns.models import Booking
from tests.campaigns.factories import EventIndexPageFactory, EventPageFactory

pytestmark = pytest.mark.django_db

NOWHERE = "redis://127.0.0.1:1/0"  # nothing listens on port 1


@pytest.fixture
def redis_down(settings):
    settings.CACHES = services.redis_caches(NOWHERE)


@pytest.fixture
def event(home_page):
    SiteFurniture.for_site(home_page.get_site())
    return EventPageFactory(parent=EventIndexPageFactory(parent=home_page), capacity=30)


def form(email, **overrides):
    return {"name": "Anna Maria Smith", "email": email, "places": "1", "consent": "on",
            **overrides}  # fmt: skip


def test_pages_and_bookings_carry_on(redis_down, event):
    client = Client()
    assert client.get("/").status_code == 200
    assert client.get(event.url).status_code == 200
    response = client.post(f"{event.url}book/", form("redis.down@example.org"))
    assert response.status_code == 302
    assert Booking.objects.get().email == "redis.down@example.org"


def test_signed_in_people_stay_signed_in(redis_down, django_user_model):
    user = django_user_model.objects.create_user("sam", "sam@example.org", "a-long-password-1")
    client = Client()
    assert (
        client.post(
            "/accounts/login/", {"username": "sam", "password": "a-long-password-1"}
        ).status_code
        == 302
    )
    assert client.get("/training/my/").wsgi_request.user == user


def test_rate_limits_still_count(redis_down, event):
    client = Client()
    answers = [
        client.post(f"{event.url}book/", form("not-an-email")).status_code for _ in range(11)
    ]
    assert answers[-1] == 429


def test_a_sign_out_while_redis_was_away_still_holds_when_it_returns(
    redis, settings, django_user_model
):
    working = settings.CACHES
    django_user_model.objects.create_user("sam", "sam@example.org", "a-long-password-1")
    client = Client()
    client.post("/accounts/login/", {"username": "sam", "password": "a-long-password-1"})
    cookie = client.cookies["sessionid"].value
    settings.CACHES = services.redis_caches(NOWHERE)  # Redis goes away...
    client.post("/accounts/logout/")
    settings.CACHES = working  # ...and comes back with what it held
    stolen = Client()
    stolen.cookies["sessionid"] = cookie
    assert not stolen.get("/training/my/").wsgi_request.user.is_authenticated


def test_a_redis_that_hangs_is_asked_once_then_left_alone_for_a_while(settings):
    """A server that accepts connections and never answers: after the first time-out, cache
    calls are skipped without touching the network until REDIS_RETRY_SECONDS pass."""

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    accepted = []
    threading.Thread(
        target=lambda: [accepted.append(listener.accept()) for _ in range(16)], daemon=True
    ).start()
    settings.CACHES = services.redis_caches(f"redis://127.0.0.1:{listener.getsockname()[1]}/0")
    settings.REDIS_RETRY_SECONDS = 60
    RedisAwayClient.away_until = 0.0
    try:
        cache = caches["default"]
        assert [cache.get(f"key-{n}") for n in range(20)] == [None] * 20
        assert cache.set("k", "v") is None and cache.incr("k") is None
        assert len(accepted) == 1  # one connection, one time-out; the rest never left
        RedisAwayClient.away_until = 0.0  # the interval has passed
        cache.get("again")
        assert len(accepted) == 2
    finally:
        RedisAwayClient.away_until = 0.0
        listener.close()
