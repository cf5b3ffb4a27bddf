"""Coordinators choose events' organisers: the permission, and their page permissions on the
events index (see actsite/roles.py and campaigns/events/permissions.py)."""

from django.db import migrations


def grant_coordinators(apps, schema_editor):
    from actsite.roles import create_groups, grant_page_permissions

    create_groups(apps)
    grant_page_permissions(apps, "campaigns.eventindexpage")


class Migration(migrations.Migration):
    dependencies = [
        ("campaigns", "0005_booking_email_booked_again"),
        ("actsite", "0006_translation_roles"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="eventpage",
            options={
                "permissions": [("choose_event_organiser", "Can choose who organises an event")]
            },
        ),
        migrations.RunPython(grant_coordinators, migrations.RunPython.noop),
    ]
