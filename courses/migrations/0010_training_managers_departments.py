"""Training managers may view and edit the departments they manage (the scope is
``courses.department_access``); adding and deleting departments stays with superusers and
site administrators. Frozen as named here."""

from django.db import migrations

GRANTS = {
    "Training managers": [("courses", "view_department"), ("courses", "change_department")]
}


def grant(apps, schema_editor):
    from actsite.roles import grant_model_permissions

    grant_model_permissions(apps, GRANTS)


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0009_questions_per_attempt"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
