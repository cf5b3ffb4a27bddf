"""Template helpers for the page <head>."""

from django import template

from wagtail.models import Site

from actsite import public_urls
from actsite.language_links import language_links

register = template.Library()

DESCRIPTION_FIELDS = ("search_description", "summary", "intro", "description")
IMAGE_FIELDS = ("hero_image", "preview")


@register.filter
def meta_description(page):
    """The first description-like text the page has, for search engines and link previews."""
    for name in DESCRIPTION_FIELDS:
        value = getattr(page, name, "")
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""


@register.filter
def share_image(page):
    """The image a link preview shows: the hero image, else a poster's preview."""
    for name in IMAGE_FIELDS:
        image = getattr(page, name, None)
        if image:
            return image
    return None


@register.simple_tag(takes_context=True)
def page_languages(context):
    """This page in each language it exists in (``actsite.language_links``)."""

    return language_links(context.get("request"), context.get("page"))


@register.simple_tag(takes_context=True)
def absolute_url(context, path):
    """``path`` on the address of the site serving this page (link previews, e.g. og:image)."""
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    return public_urls.absolute_url(path, site)
