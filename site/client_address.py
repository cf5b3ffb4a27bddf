"""The address of the person making a request: the one place the site decides it.

Behind ``deploy/nginx.conf`` every request reaches gunicorn from nginx itself (127.0.0.1), so
``REMOTE_ADDR`` names the proxy, not the visitor; nginx passes the visitor's address in
``X-Forwarded-For``. That header is believed only when the request came from one of
``TRUSTED_PROXIES``; anyone else could write whatever they like in it. It is read from the
right, as nginx's realip module reads it (``real_ip_recursive``), so only what trusted proxies
wrote counts. (django-ipware's reading prefers any public address in the chain, which a
visitor can write.) Rate limits (``actsite.rate_limits``) and django-axes
(``AXES_CLIENT_IP_CALLABLE``) both use :func:`client_address`, so limits and lockouts are per
visitor, not per proxy.

The address itself is never logged or stored: rate limits keep a keyed hash of it in the cache
for the limit's window, and axes keeps it with a failed sign-in until the cool-off ends.
"""

import ipaddress
from functools import lru_cache

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
    """The visitor's IP address as a string.

    The connection's own address, unless it is a trusted proxy: then X-Forwarded-For is read
    from the right (each proxy appends the address it saw), past every trusted proxy, and the
    first address that is not one is the visitor's. Anything to its left was written by the
    visitor and is never believed. A header that cannot be read leaves the proxy's address.
    """
    peer = request.META.get("REMOTE_ADDR", "")
    if not trusted_proxy(peer):
        return peer
    chain = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
    for entry in reversed(chain):
        address = entry.strip()
        try:
            ipaddress.ip_address(address)
        except ValueError:
            return peer
        if not trusted_proxy(address):
            return address
    return peer


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
