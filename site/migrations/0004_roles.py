"""The editing roles (groups) with their permissions: see actsite/roles.py."""

from django.db import migrations


def create_roles(apps, schema_editor):
    from actsite.roles import PAGE_PERMISSIONS, create_groups, grant_index_page_roles

    create_groups(apps)
    # Index pages that already exist get their page permissions and workflow too.
    from django.apps import apps as live_apps

    for label in PAGE_PERMISSIONS:
        if not label.startswith("campaigns."):
            continue  # later apps grant theirs in their own migrations
        for page in live_apps.get_model(label).objects.all():
            grant_index_page_roles(page)


class Migration(migrations.Migration):
    dependencies = [
        ("actsite", "0003_sitedocument_preview_image_and_more"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("campaigns", "0002_events_and_bookings"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
