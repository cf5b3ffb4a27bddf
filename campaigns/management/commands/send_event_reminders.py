"""manage.py send_event_reminders: email people booked on events starting soon (run hourly)."""

from django.core.management.base import BaseCommand, CommandError

from campaigns.events.housekeeping import queue_reminders


class Command(BaseCommand):
    help = (
        "Queue a reminder email for each confirmed booking at an event starting within the "
        "next DAYS days (EVENT_REMINDER_DAYS by default). Each booking gets one reminder."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, help="How many days ahead to look.")

    def handle(self, *args, days=None, **options):
        if days is not None and days < 1:
            raise CommandError("--days must be 1 or more.")
        count = queue_reminders(days)
        self.stdout.write(f"Queued {count} reminder{'s' if count != 1 else ''}.")
