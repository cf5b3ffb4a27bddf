"""Wagtail's locales follow the languages the site is configured for (settings.LANGUAGES)."""

from django.conf import settings


def ensure_locales(**kwargs):
    """Create a Wagtail Locale for every configured language. Idempotent; runs after migrate.

    Removing a language from SITE_LANGUAGES leaves its locale (and its pages) in place:
    deleting content is an editor's decision, made in Settings > Locales.
    """
    from wagtail.models import Locale

    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
