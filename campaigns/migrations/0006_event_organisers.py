"""Coordinators choose events' organisers (see campaigns/events/permissions.py). With it, the
campaigns app grants the roles (actsite/roles.py) their permissions on its models and index
pages."""

from django.db import migrations


VOLUNTEERS, COORDINATORS, ORGANISERS = (
    "Campaign volunteers",
    "Campaign coordinators",
    "Event organisers",
)
# The campaigns app's grants to the roles, as they were when this migration was written.
GRANTS = {
    COORDINATORS: [
        ("campaigns", "view_packrequest"),
        ("campaigns", "change_packrequest"),
        ("campaigns", "view_downloadcount"),
        ("campaigns", "choose_event_organiser"),
    ],
    ORGANISERS: [("campaigns", "view_booking"), ("campaigns", "change_booking")],
}
DRAFT = ["add_page", "change_page"]
PUBLISH = ["add_page", "change_page", "publish_page", "unlock_page"]
PAGES = {
    "campaigns.campaignindexpage": {VOLUNTEERS: DRAFT, COORDINATORS: PUBLISH},
    "campaigns.resourceindexpage": {VOLUNTEERS: DRAFT, COORDINATORS: PUBLISH},
    "campaigns.eventindexpage": {
        ORGANISERS: PUBLISH,
        COORDINATORS: ["change_page", "publish_page"],
    },
}


def grant_coordinators(apps, schema_editor):
    from actsite.roles import grant_model_permissions, grant_page_permissions

    grant_model_permissions(apps, GRANTS)
    for label, permissions in PAGES.items():
        grant_page_permissions(apps, label, permissions)


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
