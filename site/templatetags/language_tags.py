"""Template helpers for content shown in another language than the visitor's."""

from django import template
from django.utils.html import format_html

from actsite.language_links import alternate_links
from actsite.localized import content_language, localized_workplace_settings
from actsite.models import WorkplaceSetting
from actsite.page_queries import per_request

register = template.Library()


@register.simple_tag(takes_context=True)
def content_lang(context, page):
    """`` lang="en"`` for an element showing ``page``'s text, when that text is not in the
    visitor's language (an untranslated page under /cy/); nothing otherwise."""
    language = content_language(page, context.get("request"))
    return format_html(' lang="{}"', language) if language else ""


@register.simple_tag(takes_context=True)
def page_content_language(context):
    """The language of the page being served, when it is not the visitor's (or "")."""
    return content_language(context.get("page"), context.get("request")) or ""


@register.simple_tag(takes_context=True)
def page_alternates(context):
    """The page's ``hreflang`` alternates (``actsite.language_links.alternate_links``)."""

    return alternate_links(context.get("request"), context.get("page"))


@register.simple_tag(takes_context=True)
def in_visitors_language(context, obj):
    """A translatable snippet (a workplace setting) in the visitor's language where translated:
    an alias of an English page still points at the English one. One lookup per request."""

    if not isinstance(obj, WorkplaceSetting):
        return obj
    by_key = per_request(
        context.get("request"),
        "_settings_by_translation_key",
        lambda: {setting.translation_key: setting for setting in localized_workplace_settings()},
    )
    return by_key.get(obj.translation_key, obj)
