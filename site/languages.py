"""Languages posters and flyers are published in: the community languages of labour-rights leaflets.

Codes are IETF tags (as in ``<html lang>``). Each entry: (code, English name, name in the language).
"""

from django.core.exceptions import ImproperlyConfigured

RESOURCE_LANGUAGES = [
    ("en", "English", "English"),
    ("cy", "Welsh", "Cymraeg"),
    ("pl", "Polish", "Polski"),
    ("ro", "Romanian", "Română"),
    ("sq", "Albanian", "Shqip"),
    ("bn", "Bengali", "বাংলা"),
    ("bg", "Bulgarian", "Български"),
    ("zh", "Chinese", "中文"),
    ("cs", "Czech", "Čeština"),
    ("gu", "Gujarati", "ગુજરાતી"),
    ("hi", "Hindi", "हिन्दी"),
    ("hu", "Hungarian", "Magyar"),
    ("ckb", "Kurdish Sorani", "کوردی"),
    ("lv", "Latvian", "Latviešu"),
    ("lt", "Lithuanian", "Lietuvių"),
    ("pt", "Portuguese", "Português"),
    ("pa", "Punjabi", "ਪੰਜਾਬੀ"),
    ("ru", "Russian", "Русский"),
    ("sk", "Slovak", "Slovenčina"),
    ("vi", "Vietnamese", "Tiếng Việt"),
]

_BY_CODE = {code: (english, native) for code, english, native in RESOURCE_LANGUAGES}


def language_choices():
    """Choices for a language field, labelled in English for editors."""
    return [(code, english) for code, english, _native in RESOURCE_LANGUAGES]


def native_name(code):
    """The language's name in itself, e.g. 'Polski' for 'pl'."""
    return _BY_CODE.get(code, (code, code))[1]


def english_name(code):
    return _BY_CODE.get(code, (code, code))[0]


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
