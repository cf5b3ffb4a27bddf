"""Training managers may start translations of their modules (wagtail-localize), as campaign
volunteers and coordinators may of campaigns: the permission, frozen as it was named here."""

from django.db import migrations

GRANTS = {"Training managers": [("wagtail_localize", "submit_translation")]}


def grant(apps, schema_editor):
    from actsite.roles import grant_model_permissions

    grant_model_permissions(apps, GRANTS)


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0007_reminder_from_manager"),
        ("actsite", "0006_translation_roles"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
