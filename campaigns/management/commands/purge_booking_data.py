"""manage.py purge_booking_data: anonymise bookings once their event is long over."""

from django.core.management.base import BaseCommand, CommandError

from campaigns.events.housekeeping import anonymise_past_bookings


class Command(BaseCommand):
    help = (
        "Remove names, emails, organisations and access requirements from bookings at events "
        "that ended more than DAYS days ago (BOOKING_RETENTION_DAYS by default, 30). Counts of "
        "places and attendance are kept."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, help="Keep details this many days after events.")

    def handle(self, *args, days=None, **options):
        if days is not None and days < 0:
            raise CommandError("--days cannot be negative.")
        count = anonymise_past_bookings(days)
        self.stdout.write(f"Anonymised {count} booking{'s' if count != 1 else ''}.")
