"""Booking emails that gave up under the old rule (6 attempts) stay given up: the outbox now
tries 14 times over two days, and without this they would all go out at once, weeks late."""

from django.db import migrations

OLD_MAX_ATTEMPTS = 6
MAX_ATTEMPTS = 14  # actsite.outbox.MAX_ATTEMPTS when this was written


def keep_given_up(apps, schema_editor):
    BookingEmail = apps.get_model("campaigns", "BookingEmail")
    BookingEmail.objects.filter(sent_at=None, attempts__gte=OLD_MAX_ATTEMPTS).update(
        attempts=MAX_ATTEMPTS, claimed_until=None
    )


class Migration(migrations.Migration):
    dependencies = [("campaigns", "0006_event_organisers")]

    operations = [migrations.RunPython(keep_given_up, migrations.RunPython.noop)]
