"""manage.py apply_retention: every retention rule for personal data, in one scheduled command."""

from django.core.management.base import BaseCommand

from actsite.personal_data import apply_retention


class Command(BaseCommand):
    help = (
        "Anonymise bookings BOOKING_RETENTION_DAYS after their event, printed-pack requests "
        "PACK_REQUEST_RETENTION_DAYS after they were sent or declined, and erase learner "
        "accounts unused for LEARNER_ACCOUNT_RETENTION_DAYS. Safe to run daily from cron."
    )

    def handle(self, *args, **options):
        for what, count in apply_retention().items():
            self.stdout.write(f"{what.replace('_', ' ').capitalize()}: {count}")
