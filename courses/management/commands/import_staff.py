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
        f"Import staff from a CSV file with the columns: {', '.join(COLUMNS)} (and optionally "
        "language). People are matched by email, so running it again updates rather than "
        "duplicates. New people are emailed an invitation to set a password. Exits non-zero "
        "if any row is refused."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="A UTF-8 CSV file, with a header row.")
        parser.add_argument(
            "--dry-run", action="store_true", help="Check and report, but save nothing."
        )
        parser.add_argument("--progress", action="store_true", help="Always show progress.")
        parser.add_argument(
            "--create-departments",
            action="store_true",
            help="Create departments the file names that do not exist (otherwise such rows "
            "are refused).",
        )
        parser.add_argument(
            "--no-invite",
            action="store_true",
            help="Do not email new people an invitation (send later with invite_staff).",
        )

    def handle(
        self,
        *args,
        file,
        dry_run=False,
        progress=False,
        create_departments=False,
        no_invite=False,
        **options,
    ):
        try:
            with open(file, encoding="utf-8-sig", newline="") as handle:
                lines = handle.read().splitlines()
        except FileNotFoundError:
            raise CommandError(f"No such file: {file}") from None
        except UnicodeDecodeError:
            raise CommandError(f"{file} is not UTF-8 text: save it as CSV UTF-8.") from None
        bar = ProgressBar(self.stderr, progress or sys.stderr.isatty())
        try:
            report = import_staff(
                lines,
                dry_run=dry_run,
                progress=bar,
                create_departments=create_departments,
                invite=not no_invite,
            )
        except ImportFileError as error:
            raise CommandError(str(error)) from None
        for line, message in sorted(report.errors):
            self.stderr.write(f"line {line}: {message}")
        prefix = "Dry run, nothing saved: would have " if dry_run else ""
        self.stdout.write(
            f"{prefix}created {report.created}, updated {report.updated}, "
            f"unchanged {report.unchanged}; {len(report.errors)} rows with errors."
        )
        if report.new_departments:
            verb = "Would create" if dry_run else "Created"
            self.stdout.write(f"{verb} departments: {', '.join(report.new_departments)}.")
        if dry_run:
            invited = 0 if no_invite else report.created
            self.stdout.write(f"Would invite {invited} new people.")
        elif not no_invite:
            self.stdout.write(f"Invited {report.invited} new people.")
        problems = []
        if report.errors:
            problems.append(f"{len(report.errors)} rows were refused (see above); fix and re-run")
        if report.invitations_failed:
            problems.append(
                f"the mail server refused {report.invitations_failed} invitations; "
                "send them with invite_staff --all-pending"
            )
        if problems:
            raise CommandError("; ".join(problems) + ".")
