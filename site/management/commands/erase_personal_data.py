"""manage.py erase_personal_data EMAIL: anonymise or remove what the site holds about a person."""

import getpass

from django.core.management.base import BaseCommand, CommandError

from actsite.personal_data import (
    InvalidEmail,
    RefusedErasure,
    erase_personal_data,
    normalise_email,
)


class Command(BaseCommand):
    help = (
        "Cancel and anonymise the bookings and printed-pack requests of EMAIL, and erase their "
        "learner account by TRAINING_RECORDS_ON_ERASURE. Asks first unless --yes. Recorded in "
        "the personal data log."
    )

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument("--yes", action="store_true", help="Do not ask for confirmation.")
        parser.add_argument("--by", help="Who is handling the request (default: your login).")

    def handle(self, *args, email, yes=False, by=None, **options):
        try:
            email = normalise_email(email)
        except InvalidEmail as error:
            raise CommandError(str(error)) from None
        if not yes and input(f"Erase what we hold about {email}? Type yes: ").strip() != "yes":
            raise CommandError("Nothing erased.")
        try:
            summary = erase_personal_data(email, handled_by=by or getpass.getuser())
        except RefusedErasure as error:
            raise CommandError(f"Nothing erased: {error}") from None
        if not any(summary.values()):
            self.stdout.write(f"We hold nothing about {email}.")
            return
        for what, count in summary.items():
            self.stdout.write(f"{what.replace('_', ' ').capitalize()}: {count}")
