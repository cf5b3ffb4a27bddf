from django.apps import AppConfig


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
        not_when_loading_fixtures()
