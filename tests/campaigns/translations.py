"""Helpers for tests of translated pages and snippets."""

from wagtail.models import Locale


def translate(instance, language, publish=True, **fields):
    """A translation of ``instance`` (a page or snippet) into ``language`` with ``fields`` set,
    made the way Wagtail makes them (untranslated parents are copied too), published."""
    locale = Locale.objects.get(language_code=language)
    if hasattr(instance, "get_parent"):
        alias = instance.get_translation_or_none(locale)
        if alias is not None and alias.alias_of_id:
            # The synchronised tree already shows it there: translating turns the alias into
            # the translation, as wagtail-localize does.
            copy = alias.specific
            copy.alias_of = None
        else:
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
