from django.apps import AppConfig


def site_address_from_settings(**kwargs):
    """Production names its public address once, in SITE_URL: every migrate points the default
    Site there, so links in emails, calendar files and certificates lead to it."""
    from django.conf import settings

    from actsite.public_urls import set_site_address

    if getattr(settings, "SITE_URL", ""):
        set_site_address(settings.SITE_URL)


class ActSiteConfig(AppConfig):
    """What every part of the site shares: home, hubs, settings taxonomy, helplines, blocks."""

    name = "actsite"
    label = "actsite"
    verbose_name = "Site"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_migrate

        from actsite import signal_handlers  # noqa: F401
        from actsite.locales import ensure_locales, not_when_loading_fixtures

        post_migrate.connect(ensure_locales, sender=self)
        post_migrate.connect(site_address_from_settings, sender=self)
        not_when_loading_fixtures()
