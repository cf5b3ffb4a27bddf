"""manage.py export_xapi [--since DATE] [--output FILE]: completions as xAPI statements."""

import json
from datetime import date

from django.core.management.base import BaseCommand, CommandError

from courses import xapi


def _date(text):
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CommandError(f"--since must be a date like 2026-09-30, not {text!r}.") from None


def _as_json(statements):
    return json.dumps(statements, indent=2, ensure_ascii=False) + "\n"


class Command(BaseCommand):
    help = (
        "Write every completion (erased learners' left out) as xAPI 1.0.3 statements, a JSON "
        "array for a Learning Record Store: learners pseudonymised by a keyed hash, each module "
        "by its public address. Exits non-zero, saying why, for a bad date or a file it cannot "
        "write."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--since", metavar="DATE", help="Only completions on or after DATE (YYYY-MM-DD)."
        )
        parser.add_argument(
            "--output", metavar="FILE", help="Write to FILE instead of standard output."
        )

    def handle(self, *args, since=None, output=None, **options):
        since = _date(since) if since is not None else None
        if output is None:
            self.stdout.write(_as_json(xapi.statements(xapi.completions(since=since))), ending="")
            return
        try:  # opened first: an unwritable file is refused before any work
            with open(output, "w", encoding="utf-8") as file:
                statements = xapi.statements(xapi.completions(since=since))
                file.write(_as_json(statements))
        except OSError as error:
            raise CommandError(f"Cannot write {output}: {error.strerror}.") from None
        self.stderr.write(f"Wrote {len(statements)} statements to {output}.")
