"""Absolute addresses of the public site, from one place: the Wagtail Site.

Emails, calendar files and certificates are read away from the site, so their links must be
absolute. They are built from the default Site's ``root_url`` (Settings > Sites: hostname and
port), as Wagtail builds ``page.full_url`` for canonical links and the sitemap; never from the
admin's base URL or a hard-coded host. ``make run`` points the default Site at the address it
serves (``manage.py set_site_address``); production sets it from ``SITE_URL`` on every
``migrate``, and ``manage.py check_services`` refuses a Site that does not match it.
"""

from urllib.parse import urlsplit

from wagtail.models import Site


def parse_address(address):
    """``(hostname, port)`` of an address like ``https://act.example.org``; ValueError if it is
    not one (a scheme other than http or https, no host, a bad port)."""
    parts = urlsplit(address)
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as error:
        raise ValueError(f"{address!r} has no valid port.") from error
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.path not in ("", "/"):
        raise ValueError(f"{address!r} is not an address like https://act.example.org.")
    return parts.hostname, port


def set_site_address(address):
    """Point the default Site at ``address``; returns the Site, or None when there is none yet."""
    hostname, port = parse_address(address)
    site = default_site()
    if site is not None and (site.hostname, site.port) != (hostname, port):
        site.hostname, site.port = hostname, port
        site.save()
    return site


def site_matches(address):
    """Whether the default Site's links lead to ``address``."""
    site = default_site()
    return site is not None and (site.hostname, site.port) == parse_address(address)


def default_site():
    return Site.objects.filter(is_default_site=True).first() or Site.objects.first()


def root_url(site=None):
    """``https://host[:port]`` of ``site`` (the default site when not given), without a slash."""
    site = site or default_site()
    return site.root_url if site else "http://localhost"


def absolute_url(path, site=None):
    """``path`` (from ``reverse()`` or ``page.url``; already absolute URLs pass) made absolute."""
    if urlsplit(path).scheme:
        return path
    return root_url(site) + path


def site_domain(site=None):
    """The host the site is published on, e.g. for calendar UIDs (``event-7@act.example.org``)."""
    return urlsplit(root_url(site)).hostname
