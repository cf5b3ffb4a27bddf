"""Choosing a translatable thing (a workplace setting, a module, a poster) means choosing it
once, not once per language.

Wagtail keeps a copy of each translatable snippet and page per locale (and, with synchronised
trees, an alias of every English page in every other locale), so a plain queryset offers
"Transport" four times. Public forms offer each thing once in the visitor's language
(``in_visitors_language``) and store the original; admin forms offer the versions in the
locale being edited (``TranslatedChoicesMixin``).
"""

from django.db.models import Case, IntegerField, When

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Locale, Page, TranslatableMixin


def one_per_translation(queryset, locale=None):
    """The objects of ``queryset`` in ``locale`` (the default locale when None), aliases left
    out: each thing once."""
    locale = locale or Locale.get_default()
    queryset = queryset.filter(locale=locale)
    if issubclass(queryset.model, Page):
        queryset = queryset.filter(alias_of__isnull=True)
    return queryset


def in_visitors_language(objects):
    """A queryset of ``objects`` (a list, e.g. from ``localized_workplace_settings``) in that
    order, for a ``ModelChoiceField``: one entry each, labelled in the visitor's language."""
    objects = list(objects)
    if not objects:
        return []
    model = type(objects[0])
    order = Case(
        *(When(pk=obj.pk, then=position) for position, obj in enumerate(objects)),
        output_field=IntegerField(),
    )
    return model._default_manager.filter(pk__in=[obj.pk for obj in objects]).order_by(order)


def original(obj):
    """The default-locale version of a translatable ``obj`` (itself if it has none)."""
    if obj is None or not isinstance(obj, TranslatableMixin):
        return obj
    return obj.get_translation_or_none(Locale.get_default()) or obj


class TranslatedChoicesMixin:
    """For admin forms: every choice over a translatable model offers the versions in the
    form's locale only (a page's own locale, otherwise the default locale)."""

    def choices_locale(self):
        locale_id = getattr(self.instance, "locale_id", None)
        parent = getattr(self, "parent_page", None)
        if locale_id is None and parent is not None:
            locale_id = parent.locale_id
        return Locale.objects.filter(pk=locale_id).first() if locale_id else None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale = None
        for field in self.fields.values():
            queryset = getattr(field, "queryset", None)
            if queryset is not None and issubclass(queryset.model, TranslatableMixin):
                locale = locale or self.choices_locale() or Locale.get_default()
                field.queryset = one_per_translation(queryset, locale)


class TranslatedChoicesPageForm(TranslatedChoicesMixin, WagtailAdminPageForm):
    """The base form of pages that choose workplace settings."""
