"""manage.py send_emails: send what waits in every outbox (booking emails, pack notices)."""

from django.core.management.base import BaseCommand

from actsite import outbox


class Command(BaseCommand):
    help = (
        "Send emails waiting in the outboxes: ones whose earlier attempts failed and are due "
        "for another try, or that never reached the task queue. Run every few minutes."
    )

    def handle(self, *args, **options):
        outcomes = outbox.deliver_due()
        sent, failed = outcomes.count("sent"), outcomes.count("failed")
        self.stdout.write(f"Sent {sent}, failed {failed}.")
        if failed:
            self.stderr.write(f"{failed} emails failed again; they will be retried later.")
