"""Importing council staff from a CSV file: name, email, department, workplace setting, manager.

Rows are checked first; good rows are saved, bad rows reported by line. The email address is
the key, so importing the same file again updates people instead of adding them twice. New
accounts have no password: people set one through "Forgotten your password?".
"""

import csv
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction

from actsite.models import WorkplaceSetting
from courses.models import Department, LearnerProfile

COLUMNS = ["name", "email", "department", "workplace setting", "manager"]


class ImportFileError(Exception):
    """The file as a whole cannot be read (missing columns, not CSV, not UTF-8)."""


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list = field(default_factory=list)  # (line number, message)


@dataclass
class StaffRow:
    line: int
    name: str
    email: str
    department: str
    setting: WorkplaceSetting | None
    manager_email: str


def read_rows(lines, report):
    """Parse and check every row; return the good ones, adding bad ones to ``report``."""
    reader = csv.DictReader(lines)
    headers = [(h or "").strip().lower() for h in (reader.fieldnames or [])]
    missing = [column for column in COLUMNS if column not in headers]
    if missing:
        raise ImportFileError(
            f"The header row lacks: {', '.join(missing)}. It must name: {', '.join(COLUMNS)}."
        )
    reader.fieldnames = headers
    settings = {s.name.lower(): s for s in WorkplaceSetting.objects.all()}
    settings.update({s.slug: s for s in settings.values()})
    rows, seen = [], set()
    for line, raw in enumerate(reader, start=2):
        values = {key: (raw.get(key) or "").strip() for key in COLUMNS}
        email = values["email"].lower()
        try:
            if not values["name"]:
                raise ValidationError("the name is empty")
            try:
                validate_email(email)
            except ValidationError:
                raise ValidationError(f"'{values['email']}' is not an email address") from None
            if email in seen:
                raise ValidationError(f"{email} appears twice in the file")
            setting = None
            if values["workplace setting"]:
                setting = settings.get(values["workplace setting"].lower())
                if setting is None:
                    raise ValidationError(
                        f"'{values['workplace setting']}' is not a workplace setting"
                    )
            manager = values["manager"].lower()
            if manager:
                try:
                    validate_email(manager)
                except ValidationError:
                    raise ValidationError(
                        f"the manager '{values['manager']}' is not an email address"
                    ) from None
        except ValidationError as error:
            report.errors.append((line, error.messages[0]))
            continue
        seen.add(email)
        rows.append(StaffRow(line, values["name"], email, values["department"], setting, manager))
    return rows


def save_rows(rows, report, progress=None):
    """Create or update each person, then link managers (who may be later in the file)."""
    users = get_user_model().objects
    departments = {}
    for n, row in enumerate(rows, start=1):
        first, _, last = row.name.partition(" ")
        department = None
        if row.department:
            if row.department not in departments:
                departments[row.department] = Department.objects.get_or_create(name=row.department)[
                    0
                ]
            department = departments[row.department]
        user = users.filter(email__iexact=row.email).first()
        created = user is None
        if created:
            user = users.create_user(username=row.email, email=row.email)
            user.set_unusable_password()
        before = (user.first_name, user.last_name)
        user.first_name, user.last_name = first[:150], last[:150]
        if created or before != (user.first_name, user.last_name):
            user.save()
        profile, profile_created = LearnerProfile.objects.get_or_create(user=user)
        changed = (profile.department_id, profile.workplace_setting_id) != (
            department.pk if department else None,
            row.setting.pk if row.setting else None,
        )
        if changed:
            profile.department, profile.workplace_setting = department, row.setting
            profile.save()
        if created:
            report.created += 1
        elif changed or profile_created or before != (user.first_name, user.last_name):
            report.updated += 1
        else:
            report.unchanged += 1
        if progress:
            progress(n, len(rows))
    by_email = {
        u.email.lower(): u
        for u in users.filter(email__in={r.manager_email for r in rows if r.manager_email})
    }
    for row in rows:
        if not row.manager_email:
            continue
        manager = by_email.get(row.manager_email)
        if manager is None:
            report.errors.append((row.line, f"the manager {row.manager_email} is not known"))
            continue
        LearnerProfile.objects.filter(user__email__iexact=row.email).exclude(
            manager=manager
        ).update(manager=manager)


def import_staff(lines, dry_run=False, progress=None):
    """Import staff from CSV ``lines``. With ``dry_run`` nothing is saved. Returns a report."""
    report = ImportReport()
    rows = read_rows(lines, report)
    with transaction.atomic():
        save_rows(rows, report, progress)
        if dry_run:
            transaction.set_rollback(True)
    return report
