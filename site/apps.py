from django.apps import AppConfig
from django.conf import settings
from django.db.models.signals import post_migrate


def site_address_from_settings(**kwargs):
    """Production names its public address once, in SITE_URL: every migrate points the default
    Site there, so links in emails, calendar files and certificates lead to it."""

    from actsite.public_urls import set_site_address  # noqa: PLC0415 - needs the app registry ready

    if getattr(settings, "SITE_URL", ""):
        set_site_address(settings.SITE_URL)


class ActSiteConfig(AppConfig):
    """What every part of the site shares: home, hubs, settings taxonomy, helplines, blocks."""

    name = "actsite"
    label = "actsite"
    verbose_name = "Site"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from actsite import signal_handlers  # noqa: PLC0415, F401 (receivers connect once the app registry is ready)
        from actsite.locales import ensure_locales, not_when_loading_fixtures  # noqa: PLC0415 - needs the app registry ready

        post_migrate.connect(ensure_locales, sender=self)
        post_migrate.connect(site_address_from_settings, sender=self)
        not_when_loading_fixtures()
