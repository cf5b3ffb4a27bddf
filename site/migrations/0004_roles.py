"""The editing roles (groups), with admin access and the campaign materials collection: see
actsite/roles.py. Each app grants its own models' permissions in its own migrations."""

from django.db import migrations


def create_roles(apps, schema_editor):
    from actsite.roles import create_groups

    create_groups(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("actsite", "0003_sitedocument_preview_image_and_more"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
