"""The visitor's address is decided in one place: X-Forwarded-For is believed only from the
configured proxies, so limits and lockouts count people, not the proxy in front of them."""

import pytest
from axes.helpers import get_client_ip_address

from django.test import RequestFactory

from actsite.client_address import client_address, parse_trusted_proxies
from actsite.rate_limits import client_fingerprint

PROXY = {"REMOTE_ADDR": "127.0.0.1"}


@pytest.fixture
def behind_nginx(settings):
    settings.TRUSTED_PROXIES = ["127.0.0.1", "::1"]


def request(**meta):
    return RequestFactory().get("/", **meta)


def test_without_a_trusted_proxy_the_connection_is_the_visitor(settings):
    settings.TRUSTED_PROXIES = []
    forged = request(REMOTE_ADDR="198.51.100.7", HTTP_X_FORWARDED_FOR="203.0.113.1")
    assert client_address(forged) == "198.51.100.7"


def test_behind_the_proxy_each_visitor_is_told_apart(behind_nginx):
    first = request(**PROXY, HTTP_X_FORWARDED_FOR="127.0.0.2")
    second = request(**PROXY, HTTP_X_FORWARDED_FOR="127.0.0.3")
    assert (client_address(first), client_address(second)) == ("127.0.0.2", "127.0.0.3")
    assert client_fingerprint(first) != client_fingerprint(second)


def test_a_header_from_anyone_but_the_proxy_is_ignored(behind_nginx):
    direct = request(REMOTE_ADDR="198.51.100.7", HTTP_X_FORWARDED_FOR="127.0.0.3")
    assert client_address(direct) == "198.51.100.7"


def test_the_address_the_proxy_wrote_wins_over_what_the_visitor_sent(behind_nginx):
    appended = request(**PROXY, HTTP_X_FORWARDED_FOR="203.0.113.1, 198.51.100.7")
    assert client_address(appended) == "198.51.100.7"


@pytest.mark.parametrize("header", ["", "garbage", "999.1.1.1", "\x00", "a" * 5000])
def test_an_unreadable_header_falls_back_to_the_proxy_never_fails(behind_nginx, header):
    assert client_address(request(**PROXY, HTTP_X_FORWARDED_FOR=header)) == "127.0.0.1"


@pytest.mark.parametrize(
    "header", ["8.8.8.8, 10.1.2.3", "8.8.8.8, 127.0.0.2", "203.0.113.1, 10.1.2.3"]
)
def test_a_visitor_cannot_borrow_a_public_address_by_writing_it_first(behind_nginx, header):
    """Whatever the visitor wrote to the left never counts, public or not."""
    assert client_address(request(**PROXY, HTTP_X_FORWARDED_FOR=header)) == header.split(", ")[1]


def test_a_chain_of_trusted_proxies_is_walked_back_to_the_visitor(settings):
    settings.TRUSTED_PROXIES = ["127.0.0.1", "10.0.0.0/8"]  # a load balancer, then nginx
    chain = request(**PROXY, HTTP_X_FORWARDED_FOR="6.6.6.6, 198.51.100.7, 10.0.0.2")
    assert client_address(chain) == "198.51.100.7"


def test_ipv6_visitors_and_proxies(settings):
    settings.TRUSTED_PROXIES = ["::1"]
    assert client_address(request(REMOTE_ADDR="::1", HTTP_X_FORWARDED_FOR="2001:db8::5")) == (
        "2001:db8::5"
    )


def test_a_bad_trusted_proxies_setting_stops_start_up_in_one_line():
    assert parse_trusted_proxies(" 127.0.0.1, 10.0.0.0/8 ,") == ["127.0.0.1", "10.0.0.0/8"]
    with pytest.raises(ValueError, match="TRUSTED_PROXIES: 'nginx' is not an IP address"):
        parse_trusted_proxies("127.0.0.1,nginx")


def test_axes_and_the_rate_limits_use_the_same_address(behind_nginx, settings):
    visitor = request(**PROXY, HTTP_X_FORWARDED_FOR="127.0.0.2")
    assert get_client_ip_address(visitor) == client_address(visitor) == "127.0.0.2"
