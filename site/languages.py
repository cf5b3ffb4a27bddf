"""Languages posters and flyers are published in: the community languages of labour-rights leaflets.

Codes are IETF tags (as in ``<html lang>``). Each entry: (code, English name, name in the language).
The English names are marked for translation: visitors read them in their own language
(``visitors_name``), as editors read them in theirs.
"""

from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext, gettext_lazy, gettext_noop

RESOURCE_LANGUAGES = [
    ("en", gettext_noop("English"), "English"),
    ("cy", gettext_noop("Welsh"), "Cymraeg"),
    ("pl", gettext_noop("Polish"), "Polski"),
    ("ro", gettext_noop("Romanian"), "Română"),
    ("sq", gettext_noop("Albanian"), "Shqip"),
    ("bn", gettext_noop("Bengali"), "বাংলা"),
    ("bg", gettext_noop("Bulgarian"), "Български"),
    ("zh", gettext_noop("Chinese"), "中文"),
    ("cs", gettext_noop("Czech"), "Čeština"),
    ("gu", gettext_noop("Gujarati"), "ગુજરાતી"),
    ("hi", gettext_noop("Hindi"), "हिन्दी"),
    ("hu", gettext_noop("Hungarian"), "Magyar"),
    ("ckb", gettext_noop("Kurdish Sorani"), "کوردی"),
    ("lv", gettext_noop("Latvian"), "Latviešu"),
    ("lt", gettext_noop("Lithuanian"), "Lietuvių"),
    ("pt", gettext_noop("Portuguese"), "Português"),
    ("pa", gettext_noop("Punjabi"), "ਪੰਜਾਬੀ"),
    ("ru", gettext_noop("Russian"), "Русский"),
    ("sk", gettext_noop("Slovak"), "Slovenčina"),
    ("vi", gettext_noop("Vietnamese"), "Tiếng Việt"),
]

_BY_CODE = {code: (english, native) for code, english, native in RESOURCE_LANGUAGES}


def language_choices():
    """Choices for a language field, each labelled in the language of whoever reads it."""
    return [(code, gettext_lazy(english)) for code, english, _native in RESOURCE_LANGUAGES]


def native_name(code):
    """The language's name in itself, e.g. 'Polski' for 'pl'."""
    return _BY_CODE.get(code, (code, code))[1]


def english_name(code):
    return _BY_CODE.get(code, (code, code))[0]


def visitors_name(code):
    """The language's name in the active language, e.g. 'polski' in Polish for 'pl'."""
    return gettext(english_name(code))


def gloss(code):
    """The visitor's name for the language when it is not its own name ('Polish' in English),
    else "" ('polski' adds nothing to 'Polski' in Polish)."""
    theirs = visitors_name(code)
    return "" if theirs.casefold() == native_name(code).casefold() else theirs


def labelled(code):
    """The name in itself, glossed in the visitor's language where that differs:
    'Polski (Polish)' in English, 'Polski' in Polish."""
    other = gloss(code)
    return f"{native_name(code)} ({other})" if other else native_name(code)


def site_languages(codes):
    """Django's LANGUAGES for the public site: English (the default) plus each code in ``codes``.

    ``codes`` is comma separated ("cy,pl,ro"). An unknown code stops start-up with a one-line
    reason rather than publishing a language nobody can read the interface of.
    """

    languages = [("en-gb", "English")]
    for code in (part.strip().lower() for part in codes.split(",")):
        if not code or code in ("en", "en-gb"):
            continue
        if code not in _BY_CODE:
            raise ImproperlyConfigured(
                f"SITE_LANGUAGES: unknown language code {code!r}; use codes from actsite.languages."
            )
        languages.append((code, english_name(code)))
    return languages
