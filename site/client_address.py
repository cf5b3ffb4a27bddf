"""The address of the person making a request: the one place the site decides it.

Behind ``deploy/nginx.conf`` every request reaches gunicorn from nginx itself (127.0.0.1), so
``REMOTE_ADDR`` names the proxy, not the visitor; nginx passes the visitor's address in
``X-Forwarded-For``. That header is believed only when the request came from one of
``TRUSTED_PROXIES``; anyone else could write whatever they like in it. The header is read by
django-ipware. Rate limits (``actsite.rate_limits``) and django-axes (``AXES_CLIENT_IP_CALLABLE``)
both use :func:`client_address`, so limits and lockouts are per visitor, not per proxy.

The address itself is never logged or stored: rate limits keep a keyed hash of it in the cache
for the limit's window, and axes keeps it with a failed sign-in until the cool-off ends.
"""

import ipaddress
from functools import lru_cache

from ipware import get_client_ip

from django.conf import settings


@lru_cache(maxsize=8)
def _networks(proxies):
    return tuple(ipaddress.ip_network(proxy, strict=False) for proxy in proxies)


def trusted_proxy(address):
    """True when ``address`` (a REMOTE_ADDR) is one of the configured TRUSTED_PROXIES."""
    try:
        peer = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(peer in network for network in _networks(tuple(settings.TRUSTED_PROXIES)))


def client_address(request):
    """The visitor's IP address as a string ("" when there is none to be found).

    The connection's own address, unless it is a trusted proxy: then the address that proxy
    put in X-Forwarded-For (the right-most, which the proxy wrote itself).
    """
    peer = request.META.get("REMOTE_ADDR", "")
    if not trusted_proxy(peer):
        return peer
    forwarded, _routable = get_client_ip(
        request,
        proxy_order="right-most",
        request_header_order=["HTTP_X_FORWARDED_FOR"],
        strict=False,
    )
    return forwarded or peer


def parse_trusted_proxies(value):
    """TRUSTED_PROXIES from the environment: comma-separated addresses or networks.

    Raises ValueError naming the entry that is neither.
    """
    proxies = [entry.strip() for entry in value.split(",") if entry.strip()]
    for proxy in proxies:
        try:
            ipaddress.ip_network(proxy, strict=False)
        except ValueError:
            raise ValueError(
                f"TRUSTED_PROXIES: {proxy!r} is not an IP address or network"
            ) from None
    return proxies
