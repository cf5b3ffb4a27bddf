"""Template helpers for the page <head>, the page cache's marker and cached fragments."""

from django import template

from actsite.fragment_cache import cached_fragment
from actsite.page_cache import mark_shows_availability

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
def shows_availability(context):
    """Mark the response as showing places left, so bookings refresh it in the page cache."""
    mark_shows_availability(context.get("request"))
    return ""


@register.tag
def public_fragment(parser, token):
    """``{% public_fragment "name" vary_on… %}…{% endpublic_fragment %}``: the enclosed part,
    kept in the shared cache until public content changes (``actsite.fragment_cache``)."""
    parts = [parser.compile_filter(bit) for bit in token.split_contents()[1:]]
    if not parts:
        raise template.TemplateSyntaxError("public_fragment needs a name")
    nodelist = parser.parse(("endpublic_fragment",))
    parser.delete_first_token()
    return PublicFragmentNode(nodelist, parts)


class PublicFragmentNode(template.Node):
    def __init__(self, nodelist, parts):
        self.nodelist = nodelist
        self.parts = parts

    def render(self, context):
        parts = [part.resolve(context) for part in self.parts]
        return cached_fragment(context.get("request"), parts, lambda: self.nodelist.render(context))


@register.simple_tag(takes_context=True)
def page_languages(context):
    """This page in each language it exists in (``actsite.language_links``)."""
    from actsite.language_links import language_links

    return language_links(context.get("request"), context.get("page"))
