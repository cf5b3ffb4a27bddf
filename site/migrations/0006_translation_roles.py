"""Volunteers and coordinators may start translations (wagtail-localize; see actsite/roles.py)."""

from django.db import migrations


def create_roles(apps, schema_editor):
    from actsite.roles import create_groups

    create_groups(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("actsite", "0005_personal_data_log"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
