"""Training managers' permissions on the courses models and the training index (see
actsite/roles.py), as they were when this migration was written."""

from django.db import migrations

MANAGERS = "Training managers"
GRANTS = {
    MANAGERS: [
        ("courses", "view_training_report"),
        ("courses", "add_assignment"),
        ("courses", "change_assignment"),
        ("courses", "delete_assignment"),
        ("courses", "view_assignment"),
    ]
}
PAGES = {MANAGERS: ["add_page", "change_page", "publish_page", "unlock_page"]}


def grant(apps, schema_editor):
    from actsite.roles import grant_model_permissions, grant_page_permissions

    grant_model_permissions(apps, GRANTS)
    grant_page_permissions(apps, "courses.trainingindexpage", PAGES)


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0001_initial"),
        ("actsite", "0004_roles"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
