"""Volunteers and coordinators may start translations (wagtail-localize; see actsite/roles.py)."""

from django.db import migrations

TRANSLATE = ("wagtail_localize", "submit_translation")
GRANTS = {"Campaign volunteers": [TRANSLATE], "Campaign coordinators": [TRANSLATE]}


def grant(apps, schema_editor):
    from actsite.roles import grant_model_permissions

    grant_model_permissions(apps, GRANTS)


class Migration(migrations.Migration):
    dependencies = [
        ("actsite", "0005_personal_data_log"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
