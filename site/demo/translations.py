"""Welsh and Polish versions of the demo's home page, one campaign per setting, helplines,
workplace settings, the index pages, the Town Hall event, the transport hub and the privacy
notice, and Romanian versions of the home page and one campaign, made through wagtail-localize
as a volunteer would make them, so they stay in sync with the English (see ``translated_text``
and ``translated_pages_text`` for the words). Every other page is an alias of the English in
each language (``actsite.locales``).

Idempotent: anything already translated into a language is left alone.
"""

from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from actsite.models import Helpline, HomePage, WorkplaceSetting

from . import translated_pages_text as pages_text
from .translated_text import CAMPAIGN_SLUGS, TRANSLATIONS


def _kept_as_is(text):
    """Phone numbers and the like read the same in every language."""
    return not any(character.isalpha() for character in text)


def translate_with(instance, locale, words):
    """Translate ``instance`` into ``locale`` with ``words`` (English -> translation) and publish.

    Strings without a translation in ``words`` stay in English, and show as untranslated in
    wagtail-localize's editor for a volunteer to finish.
    """
    existing = instance.get_translation_or_none(locale)
    if existing is not None and not getattr(existing, "alias_of_id", None):
        return  # translated already; an alias (the English page in the synchronised tree) is not
    source, _ = TranslationSource.get_or_create_from_instance(instance)
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments:
        text = segment.string.data
        translated = words.get(text) or (text if _kept_as_is(text) else None)
        if translated:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": translated},
            )
    if isinstance(instance, Page):
        # save_target(publish=True) publishes when the transaction commits; publish now instead,
        # so the translation is live whether or not the caller is inside a transaction.
        translation.save_target(publish=False)
        translation.get_target_instance().get_latest_revision().publish()
    else:
        translation.save_target(publish=True)


def load():
    home = HomePage.objects.filter(locale=Locale.get_default()).first()
    if home is None:
        return
    campaigns = [
        page.specific
        for page in Page.objects.filter(locale=home.locale, slug__in=CAMPAIGN_SLUGS).live()
    ]
    for language, words in TRANSLATIONS.items():
        locale = Locale.objects.filter(language_code=language).first()
        if locale is None:  # not one of this site's languages (SITE_LANGUAGES)
            continue
        for instance in [
            *WorkplaceSetting.objects.filter(locale=home.locale),
            *Helpline.objects.filter(locale=home.locale),
            home,
            *campaigns,
        ]:
            translate_with(instance, locale, words)
    for language, words in pages_text.TRANSLATIONS.items():
        locale = Locale.objects.filter(language_code=language).first()
        if locale is None:
            continue
        words = {**pages_text.SAME_IN_EVERY_LANGUAGE, **TRANSLATIONS.get(language, {}), **words}
        if language not in TRANSLATIONS:  # Romanian: the home page and one campaign
            translate_with(home, locale, words)
        for page in Page.objects.filter(
            locale=home.locale, slug__in=pages_text.PAGE_SLUGS[language]
        ).order_by("path"):
            translate_with(page.specific, locale, words)
