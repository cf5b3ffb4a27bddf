"""Where the language switcher and the ``hreflang`` links point: this page in other languages.

A Wagtail page links only to its live translations (an alias, an English copy waiting to be
translated, does not count); any other page (search, booking, printed packs) exists in every
language the site is published in, so it links to the same address under each prefix.
"""

from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from django.utils import translation

from actsite.languages import native_name
from actsite.page_queries import per_request


@dataclass(frozen=True)
class LanguageLink:
    code: str  # Django's language code, e.g. "cy" or "en-gb"
    name: str  # the language's name in itself, e.g. "Cymraeg"
    url: str
    is_current: bool

    @property
    def hreflang(self):
        return translation.to_locale(self.code).replace("_", "-")


def _name(code):
    return "English" if code == settings.LANGUAGE_CODE else native_name(code)


def _page_urls(request, page):
    """{language code: URL} of the page's live translations (itself included), in one query."""
    translations = (
        page.get_translations(inclusive=True)
        .live()
        .filter(alias_of__isnull=True)
        .select_related("locale")
    )
    return {other.locale.language_code: other.get_url(request) for other in translations}


def _page_links(request, page, current):
    urls = _page_urls(request, page)
    if not urls:  # a draft being previewed: only its own language
        urls = {current: request.get_full_path()}
    return [
        LanguageLink(code, _name(code), urls[code], code == current)
        for code, _english in settings.LANGUAGES
        if code in urls
    ]


def _path_links(request, current):
    path = request.get_full_path()
    return [
        LanguageLink(code, _name(code), translate_url(path, code), code == current)
        for code, _english in settings.LANGUAGES
    ]


def language_links(request, page=None):
    """Links to this page in each language it exists in, the current one marked."""
    current = translation.get_language()
    if request is None:
        return []
    if page is not None and getattr(page, "pk", None):
        return per_request(request, "_language_links", lambda: _page_links(request, page, current))
    return per_request(request, "_language_links", lambda: _path_links(request, current))
