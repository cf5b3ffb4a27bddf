"""Training managers' permissions on the courses models (see actsite/roles.py)."""

from django.db import migrations


def create_roles(apps, schema_editor):
    from django.apps import apps as live_apps

    from actsite.roles import create_groups, grant_index_page_roles

    create_groups(apps)
    for page in live_apps.get_model("courses.TrainingIndexPage").objects.all():
        grant_index_page_roles(page)


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0001_initial"),
        ("actsite", "0004_roles"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
