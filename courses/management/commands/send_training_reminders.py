"""manage.py send_training_reminders: reminders to learners and weekly digests to managers."""

from django.core.management.base import BaseCommand, CommandError

from courses.reminders import send_reminders


class Command(BaseCommand):
    help = (
        "Email learners whose assignments are not started, due within 7 days or overdue, or "
        "whose completions expire within 30 days, and send managers a weekly digest of their "
        "team. Safe to run often: nothing is sent twice."
    )

    def handle(self, *args, **options):
        sent = send_reminders()
        self.stdout.write(f"Sent {sent.learners} reminders and {sent.digests} digests.")
        if sent.failed:
            raise CommandError(
                f"The mail server refused {sent.failed} emails; the next run will try again."
            )
