"""The awareness module and its lessons in Welsh, made through wagtail-localize like the rest of
the demo's translations (``actsite.demo.translations``; words in ``translated_text``). Runs after
that loader, which translates the training index the module sits under.

Idempotent: a module or lesson already translated into a language is left alone.
"""

from wagtail.models import Locale

from actsite.demo.translations import translate_with
from courses.models import ModulePage

from .translated_text import MODULE_SLUGS, TRANSLATIONS


def load():
    for language, words in TRANSLATIONS.items():
        locale = Locale.objects.filter(language_code=language).first()
        if locale is None:  # not one of this site's languages (SITE_LANGUAGES)
            continue
        modules = ModulePage.objects.filter(
            locale=Locale.get_default(), slug__in=MODULE_SLUGS[language]
        ).live()
        for module in modules:
            translate_with(module, locale, words)
            for lesson in module.get_children().live().order_by("path"):
                translate_with(lesson.specific, locale, words)
