"""Where the language switcher and the ``hreflang`` links point: this page in other languages.

The switcher offers every language the site is published in, on every public page. A Wagtail
page links to its version in each locale: its translation, or the alias that shows the English
page in that language's frame until someone translates it (``actsite.locales``). Any other
page (search, booking, printed packs) exists in every language, so it links to the same
address under each prefix; a page that exists only in English (signing in, passwords) links
to each language's home page.

``hreflang`` alternates are stricter: only real translations (an alias is English content, not
a Welsh version of it), plus ``x-default``; a page with no translation declares none.
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
    is_translation: bool = True  # this page, written in that language (not an alias, not home)

    @property
    def hreflang(self):
        return translation.to_locale(self.code).replace("_", "-")


@dataclass(frozen=True)
class Alternate:
    hreflang: str
    url: str


def _name(code):
    return "English" if code == settings.LANGUAGE_CODE else native_name(code)


def _home(code):
    return translate_url("/", code)


def _page_versions(request, page):
    """{language code: (URL, is a translation)} of the page's live versions (itself included):
    translations, and aliases of untranslated pages. One query."""
    pages = page.get_translations(inclusive=True).live().select_related("locale")
    return {
        other.locale.language_code: (url, other.alias_of_id is None)
        for other in pages
        if (url := other.get_url(request))
    }


def _page_links(request, page, current):
    versions = _page_versions(request, page)
    if current not in versions:  # a draft being previewed
        versions[current] = (request.get_full_path(), True)
    links = []
    for code, _english in settings.LANGUAGES:
        url, is_translation = versions.get(code, (_home(code), False))
        links.append(LanguageLink(code, _name(code), url, code == current, is_translation))
    return links


def _path_links(request, current):
    path = request.get_full_path()
    other = next((code for code, _ in settings.LANGUAGES if code != current), None)
    if other is not None and translate_url(path, other) == path:
        # Not under a language prefix (signing in): it exists in English only.
        return [
            LanguageLink(
                code,
                _name(code),
                path if code == current else _home(code),
                code == current,
                is_translation=code == current,
            )
            for code, _english in settings.LANGUAGES
        ]
    return [
        LanguageLink(code, _name(code), translate_url(path, code), code == current)
        for code, _english in settings.LANGUAGES
    ]


def language_links(request, page=None):
    """This page in every site language, for the switcher; the current one marked."""
    current = translation.get_language()
    if request is None:
        return []
    if page is not None and getattr(page, "pk", None):
        return per_request(request, "_language_links", lambda: _page_links(request, page, current))
    return per_request(request, "_language_links", lambda: _path_links(request, current))


def alternate_links(request, page=None):
    """``<link rel="alternate" hreflang>`` targets: every real translation of this page and
    ``x-default`` (the default language's), or nothing when there is only one language version."""
    translations = [link for link in language_links(request, page) if link.is_translation]
    if len(translations) < 2:
        return []
    alternates = [Alternate(link.hreflang, link.url) for link in translations]
    default = next((link for link in translations if link.code == settings.LANGUAGE_CODE), None)
    if default is not None:
        alternates.append(Alternate("x-default", default.url))
    return alternates
