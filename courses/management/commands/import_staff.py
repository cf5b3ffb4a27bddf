"""manage.py import_staff FILE: add or update council staff from a CSV file."""

import sys

from django.core.management.base import BaseCommand, CommandError

from courses.staff_import import COLUMNS, ImportFileError, import_staff


class ProgressBar:
    """A one-line progress bar on stderr (only when it is a terminal, or when asked)."""

    def __init__(self, stream, enabled):
        self.stream, self.enabled = stream, enabled

    def __call__(self, done, total):
        if not self.enabled or (done % 50 and done != total):
            return
        filled = int(30 * done / max(total, 1))
        bar = "#" * filled + "." * (30 - filled)
        end = "\n" if done == total else ""
        self.stream.write(f"\r[{bar}] {done}/{total} people", ending=end)
        self.stream.flush()


class Command(BaseCommand):
    help = (
        f"Import staff from a CSV file with the columns: {', '.join(COLUMNS)}. People are "
        "matched by email, so running it again updates rather than duplicates."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="A UTF-8 CSV file, with a header row.")
        parser.add_argument(
            "--dry-run", action="store_true", help="Check and report, but save nothing."
        )
        parser.add_argument("--progress", action="store_true", help="Always show progress.")

    def handle(self, *args, file, dry_run=False, progress=False, **options):
        try:
            with open(file, encoding="utf-8-sig", newline="") as handle:
                lines = handle.read().splitlines()
        except FileNotFoundError:
            raise CommandError(f"No such file: {file}") from None
        except UnicodeDecodeError:
            raise CommandError(f"{file} is not UTF-8 text: save it as CSV UTF-8.") from None
        bar = ProgressBar(self.stderr, progress or sys.stderr.isatty())
        try:
            report = import_staff(lines, dry_run=dry_run, progress=bar)
        except ImportFileError as error:
            raise CommandError(str(error)) from None
        for line, message in sorted(report.errors):
            self.stderr.write(f"line {line}: {message}")
        prefix = "Dry run, nothing saved: would have " if dry_run else ""
        self.stdout.write(
            f"{prefix}created {report.created}, updated {report.updated}, "
            f"unchanged {report.unchanged}; {len(report.errors)} rows with errors."
        )
