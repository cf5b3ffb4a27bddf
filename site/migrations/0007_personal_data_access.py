"""The audit trail of looks at personal data, for superusers only (actsite/access_log.py)."""

import django.core.serializers.json
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

# The actions that record a look at personal data (see actsite/access_log.py), as they were
# when this migration was written.
ACCESS_ACTIONS = [
    "campaigns.bookings_viewed",
    "campaigns.bookings_exported",
    "campaigns.booking_cancelled",
    "campaigns.pack_request_viewed",
    "courses.report_exported",
    "courses.report_people_viewed",
]
FIELDS = ["content_type_id", "label", "action", "data", "timestamp", "uuid", "user_id"]


def move_access_entries(apps, schema_editor):
    """Entries written to Wagtail's page and model logs before this trail existed move here,
    out of sight of editors."""
    PersonalDataAccess = apps.get_model("actsite", "PersonalDataAccess")
    for model_name, object_id in (("PageLogEntry", "page_id"), ("ModelLogEntry", "object_id")):
        LogEntry = apps.get_model("wagtailcore", model_name)
        entries = LogEntry.objects.filter(action__in=ACCESS_ACTIONS)
        PersonalDataAccess.objects.bulk_create(
            PersonalDataAccess(
                object_id=str(getattr(entry, object_id)),
                **{field: getattr(entry, field) for field in FIELDS},
            )
            for entry in entries.iterator()
        )
        entries.delete()


class Migration(migrations.Migration):

    dependencies = [
        ('actsite', '0006_translation_roles'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('wagtailcore', '0098_apitoken'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='PersonalDataAccess',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('label', models.TextField()),
                ('action', models.CharField(blank=True, db_index=True, max_length=255)),
                ('data', models.JSONField(blank=True, default=dict, encoder=django.core.serializers.json.DjangoJSONEncoder)),
                ('timestamp', models.DateTimeField(db_index=True, verbose_name='timestamp (UTC)')),
                ('uuid', models.UUIDField(blank=True, editable=False, help_text='Log entries that happened as part of the same user action are assigned the same UUID', null=True)),
                ('content_changed', models.BooleanField(db_index=True, default=False)),
                ('deleted', models.BooleanField(default=False)),
                ('object_id', models.CharField(db_index=True, max_length=255)),
                ('content_type', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='contenttypes.contenttype', verbose_name='content type')),
                ('revision', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='wagtailcore.revision')),
                ('user', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'verbose_name': 'personal data access',
                'verbose_name_plural': 'personal data accesses',
                'ordering': ['-timestamp', '-id'],
                'abstract': False,
                'indexes': [models.Index(fields=['uuid', 'action', '-timestamp'], name='actsite_per_uuid_6ac54d_idx')],
            },
        ),
        migrations.RunPython(move_access_entries, migrations.RunPython.noop),
    ]
