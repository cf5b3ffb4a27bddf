"""Content in the visitor's language, falling back to English where it is not translated yet.

Wagtail keeps one tree of pages (and one copy of each translatable snippet) per language.
Visitors to /cy/ should see the Welsh version of everything that has one and the English
original of everything else, so nothing disappears while volunteers are still translating.
These helpers do that without a query per item.
"""

from django.conf import settings
from django.db.models import Q
from django.utils import translation

from wagtail.models import Locale, Page

from actsite.page_queries import per_request


def _language():
    return translation.get_language() or settings.LANGUAGE_CODE


def is_default_language():
    return _language() == settings.LANGUAGE_CODE


def localized_objects(objects, *, specific=True):
    """``objects`` (English originals) swapped for their translations in the active language.

    One query for any number of objects (pages: and their specific types unless ``specific``
    is false); those not translated yet stay in English.
    """

    objects = list(objects)
    if not objects or is_default_language():
        return objects
    if isinstance(objects[0], Page):
        queryset = Page.objects.live().specific() if specific else Page.objects.live()
    else:
        queryset = type(objects[0])._default_manager.all()
    translated = {
        obj.translation_key: obj
        for obj in queryset.filter(
            locale__language_code=_language(),
            translation_key__in=[obj.translation_key for obj in objects],
        )
    }
    return [translated.get(obj.translation_key, obj) for obj in objects]


def localized_pages(queryset):
    """Pages of ``queryset`` in the visitor's language, and English ones not translated into it.

    Listings that reach across the page tree (a campaign's resources, a setting's modules)
    show each page once: its translation where there is a live one, otherwise the original.
    No extra query: the check is a subquery.
    """

    language = _language()
    if is_default_language():
        return queryset.filter(locale__language_code=language)
    translated = queryset.model.objects.live().filter(locale__language_code=language)
    return queryset.filter(
        Q(locale__language_code=language)
        | (
            Q(locale__language_code=settings.LANGUAGE_CODE)
            & ~Q(translation_key__in=translated.values("translation_key"))
        )
    )


def localized_children(queryset, parent, request=None):
    """Pages of ``queryset`` under ``parent`` or under any translation of it, once each.

    A Welsh campaign index lists its Welsh campaigns and, until they are translated, the
    English ones. One query per request finds where the parent's translations are.
    """

    if is_default_language():
        return localized_pages(queryset.child_of(parent))
    paths = per_request(
        request,
        f"_translation_paths_{parent.translation_key}",
        lambda: list(
            Page.objects.filter(translation_key=parent.translation_key).values_list(
                "path", flat=True
            )
        ),
    )
    under = Q()
    for path in paths or [parent.path]:
        under |= Q(path__startswith=path)
    return localized_pages(queryset.filter(under, depth=parent.depth + 1))


def localized_workplace_settings():
    """Every workplace setting, in the visitor's language where translated (two queries at most)."""
    from actsite.models import WorkplaceSetting  # noqa: PLC0415 - the models import this module

    return localized_objects(
        WorkplaceSetting.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    )


def _locale_languages(request):
    """{locale id: language code}, once per request."""

    return per_request(
        request,
        "_locale_languages",
        lambda: dict(Locale.objects.values_list("pk", "language_code")),
    )


def alias_language():
    """The language every alias is written in: trees are synchronised from the default locale
    (actsite.locales), so an alias shows a default-language page."""
    return settings.LANGUAGE_CODE.split("-")[0]


def content_language(page, request=None):
    """The language ``page``'s content is written in, when it is not the visitor's; else None.

    Under /cy/ an alias (wagtail-localize's copy of an English page nobody has translated yet)
    and an English original shown in a Welsh listing are English: their text must be marked
    ``lang="en"`` (WCAG 3.1.2) inside the Welsh frame. No query for aliases; one per request
    for anything else that is not in the visitor's language.
    """
    if page is None or is_default_language() or not getattr(page, "pk", None):
        return None
    if getattr(page, "alias_of_id", None) is not None:
        return alias_language()
    locale_id = getattr(page, "locale_id", None)
    language = _locale_languages(request).get(locale_id)
    if language is None or language == _language():
        return None
    return language.split("-")[0] if language == settings.LANGUAGE_CODE else language
