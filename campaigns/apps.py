from django.apps import AppConfig


class CampaignsConfig(AppConfig):
    name = "campaigns"
    verbose_name = "Campaigns"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from campaigns import signal_handlers  # noqa: PLC0415, F401 (receivers connect once the app registry is ready)
