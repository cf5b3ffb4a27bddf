"""Helpers for tests of translated pages and snippets."""

from wagtail.models import Locale


def translate(instance, language, publish=True, **fields):
    """A translation of ``instance`` (a page or snippet) into ``language`` with ``fields`` set,
    made the way Wagtail makes them (untranslated parents are copied too), published."""
    locale = Locale.objects.get(language_code=language)
    if hasattr(instance, "get_parent"):
        copy = instance.specific.copy_for_translation(locale, copy_parents=True)
        for name, value in fields.items():
            setattr(copy, name, value)
        copy.save()
        if publish:
            copy.save_revision().publish()
        return copy
    copy = instance.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save()
    return copy
