"""manage.py send_booking_emails: retry booking emails the mail server refused (run often)."""

from django.core.management.base import BaseCommand

from campaigns.booking_emails import deliver, due_emails


class Command(BaseCommand):
    help = (
        "Send booking emails that are waiting in the outbox: ones whose earlier attempts "
        "failed and are due for another try, or that never reached the task queue."
    )

    def handle(self, *args, **options):
        outcomes = [deliver(pk) for pk in due_emails().values_list("pk", flat=True)]
        sent, failed = outcomes.count("sent"), outcomes.count("failed")
        self.stdout.write(f"Sent {sent}, failed {failed}.")
        if failed:
            self.stderr.write(f"{failed} emails failed again; they will be retried later.")
