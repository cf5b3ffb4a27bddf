"""Absolute addresses of the public site, from one place: the Wagtail Site.

Emails, calendar files and certificates are read away from the site, so their links must be
absolute. They are built from the default Site's ``root_url`` (Settings > Sites: hostname and
port), as Wagtail builds ``page.full_url`` for canonical links and the sitemap; never from the
admin's base URL or a hard-coded host. ``make run`` points the default Site at the address it
serves (``manage.py set_site_address``).
"""

from urllib.parse import urlsplit

from wagtail.models import Site


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
