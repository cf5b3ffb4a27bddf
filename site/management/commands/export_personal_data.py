"""manage.py export_personal_data EMAIL: everything the site holds about a person, as JSON."""

import getpass
import json

from django.core.management.base import BaseCommand, CommandError

from actsite.personal_data import InvalidEmail, export_personal_data


class Command(BaseCommand):
    help = (
        "Print (or write to --output) everything the site holds about the person with EMAIL: "
        "bookings, printed-pack requests, staff account and training records. Recorded in the "
        "personal data log."
    )

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument("--output", help="Write the JSON to this file instead of stdout.")
        parser.add_argument("--by", help="Who is handling the request (default: your login).")

    def handle(self, *args, email, output=None, by=None, **options):
        try:
            held = export_personal_data(email, handled_by=by or getpass.getuser())
        except InvalidEmail as error:
            raise CommandError(str(error)) from None
        text = json.dumps(held, indent=2, ensure_ascii=False)
        if output:
            try:
                with open(output, "w", encoding="utf-8") as file:
                    file.write(text + "\n")
            except OSError as error:
                raise CommandError(f"Cannot write {output}: {error.strerror}.") from None
            self.stderr.write(f"Wrote what we hold about {held['email']} to {output}.")
        else:
            self.stdout.write(text)
