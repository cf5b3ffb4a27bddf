"""Importing council staff from a CSV file: name, email, department, workplace setting, manager
(and, optionally, language: the code of the language their emails are written in).

Every row is checked before anything is saved; good rows are saved, bad rows are reported by
line and saved and counted nowhere. A row is bad when it has more or fewer values than the
header, an empty name, a bad or repeated email address, a department that does not exist
(unless new departments may be created), a workplace setting that is not one of the English
settings (by name or slug), or a manager who is neither an existing account nor a good row of
the file. The email address is the key, so importing the same file again updates people instead
of adding them twice. New people are invited to set a password (``courses.invitations``) once
their rows are saved, unless the caller says not to.

An import may be limited to some departments (a training manager's, from the admin): then a row
naming another department, or none, or the address of someone who is not already staff of those
departments, is refused too, so nobody outside them is created, moved or changed.
"""

import csv
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models.functions import Lower

from wagtail.models import Locale

from actsite.models import WorkplaceSetting
from courses.invitations import invite_learners
from courses.models import Department, LearnerProfile

COLUMNS = ["name", "email", "department", "workplace setting", "manager"]
OPTIONAL_COLUMNS = ["language"]
DEPARTMENT_NAME_LENGTH = Department._meta.get_field("name").max_length


class ImportFileError(Exception):
    """The file as a whole cannot be read (missing columns, not CSV, not UTF-8)."""


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list = field(default_factory=list)  # (line number, message)
    new_departments: list = field(default_factory=list)  # names created (or, dry run, to be)
    invited: int = 0
    invitations_failed: int = 0


@dataclass
class StaffRow:
    line: int
    name: str
    email: str
    department: str
    setting: WorkplaceSetting | None
    manager_email: str
    language: str | None  # None: the file does not say, so a re-import keeps what is set


def english_settings():
    """Workplace settings by lower-case English name and by slug: default-locale rows only,
    so nobody is linked to a translation (a Polish "Transport" is not the setting)."""
    found = WorkplaceSetting.objects.filter(locale=Locale.get_default())
    by_key = {s.name.lower(): s for s in found}
    by_key.update({s.slug: s for s in found})
    return by_key


def _headers(reader):
    headers = [(h or "").strip().lower() for h in (reader.fieldnames or [])]
    missing = [column for column in COLUMNS if column not in headers]
    if missing:
        raise ImportFileError(
            f"The header row lacks: {', '.join(missing)}. It must name: {', '.join(COLUMNS)}."
        )
    return headers


def _check_shape(raw, headers):
    """Refuse a row with more or fewer values than the header has columns."""
    extra = raw.get(None) or []
    given = sum(value is not None for key, value in raw.items() if key is not None)
    if extra or given < len(headers):
        raise ValidationError(
            f"the row has {given + len(extra)} values but the header has {len(headers)} "
            "columns: nothing from it was saved"
        )


def _department(name, departments, create_departments):
    """The department's name as stored, or a new name when new departments may be made."""
    if not name:
        return ""
    if len(name) > DEPARTMENT_NAME_LENGTH:
        raise ValidationError(f"the department name is longer than {DEPARTMENT_NAME_LENGTH}")
    if name.lower() in departments:
        return departments[name.lower()]
    if not create_departments:
        raise ValidationError(
            f"'{name}' is not a department: check the spelling, or allow new departments "
            "(--create-departments)"
        )
    departments[name.lower()] = name
    return name


def _language(code):
    codes = {c.lower(): c for c, _name in settings.LANGUAGES}
    codes.setdefault("en", settings.LANGUAGE_CODE)
    if code.lower() not in codes:
        raise ValidationError(f"'{code}' is not one of the site's languages ({', '.join(codes)})")
    return codes[code.lower()]


def _in_scope(name, allowed):
    """Refuse a department outside ``allowed`` ({lower-case name: name}; None allows any)."""
    if allowed is not None and name.lower() not in allowed:
        raise ValidationError(
            f"'{name or '(no department)'}' is not a department you manage: you may import "
            f"people into {', '.join(sorted(allowed.values())) or 'no department'} only"
        )


def read_rows(lines, report, create_departments=False, departments=None):
    """Parse and check every row; return the good ones, adding bad ones to ``report``.

    ``departments`` (names), if given, are the only departments rows may name, and only their
    staff may be updated."""
    reader = csv.DictReader(lines)
    try:
        headers = _headers(reader)
    except csv.Error as error:
        raise ImportFileError(f"This is not a CSV file the import can read ({error}).") from None
    allowed = None if departments is None else {name.lower(): name for name in departments}
    reader.fieldnames = headers
    workplace_settings = english_settings()
    departments = {d.lower(): d for d in Department.objects.values_list("name", flat=True)}
    known = set(departments)
    rows, seen = [], set()
    for line, raw in _lines(reader):
        values = {key: (raw.get(key) or "").strip() for key in COLUMNS + OPTIONAL_COLUMNS}
        email = values["email"].lower()
        try:
            _check_shape(raw, headers)
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
                setting = workplace_settings.get(values["workplace setting"].lower())
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
            language = None
            if "language" in headers:
                language = _language(values["language"]) if values["language"] else ""
            _in_scope(values["department"], allowed)
            department = _department(values["department"], departments, create_departments)
        except ValidationError as error:
            report.errors.append((line, error.messages[0]))
            continue
        seen.add(email)
        rows.append(StaffRow(line, values["name"], email, department, setting, manager, language))
    if allowed is not None:
        rows = _without_outsiders(rows, report, allowed)
    rows = _with_known_managers(rows, report)
    used = {row.department.lower() for row in rows if row.department}
    report.new_departments = sorted(
        name for key, name in departments.items() if key not in known and key in used
    )
    return rows


def _lines(reader):
    """(line number, row) for each row; a file that stops being CSV part way is refused."""
    try:
        yield from enumerate(reader, start=2)
    except csv.Error as error:
        raise ImportFileError(
            f"Line {reader.line_num} is not CSV the import can read ({error})."
        ) from None


def _without_outsiders(rows, report, allowed):
    """Drop (as errors) rows for existing accounts that are not staff of the ``allowed``
    departments: an import limited to some departments changes nobody else."""
    staff = (
        get_user_model()
        .objects.annotate(email_lower=Lower("email"))
        .filter(email_lower__in={row.email for row in rows})
    )
    outsiders = set(
        staff.exclude(learner__department__name__in=allowed.values()).values_list(
            "email_lower", flat=True
        )
    )
    for row in rows:
        if row.email in outsiders:
            report.errors.append(
                (row.line, f"{row.email} is someone outside the departments you manage")
            )
    return [row for row in rows if row.email not in outsiders]


def _with_known_managers(rows, report):
    """Drop (as errors) rows whose manager is neither an account nor a good row of the file.
    Dropping a row can leave another row's manager unknown, so check until nothing changes."""
    wanted = {row.manager_email for row in rows if row.manager_email}
    existing = set(accounts_by_email(wanted))
    while True:
        known = existing | {row.email for row in rows}
        bad = [row for row in rows if row.manager_email and row.manager_email not in known]
        if not bad:
            return rows
        for row in bad:
            report.errors.append((row.line, f"the manager {row.manager_email} is not known"))
        dropped = {row.line for row in bad}
        rows = [row for row in rows if row.line not in dropped]


def accounts_by_email(emails):
    """{lower-case email: account} for the accounts with these (lower-case) addresses."""
    found = get_user_model().objects.annotate(email_lower=Lower("email"))
    return {user.email_lower: user for user in found.filter(email_lower__in=emails)}


def save_rows(rows, report, progress=None):
    """Create or update each person, then link managers (who may be later in the file).
    Returns the accounts created."""
    users = get_user_model().objects
    departments = {d.name.lower(): d for d in Department.objects.all()}
    for name in report.new_departments:
        departments[name.lower()] = Department.objects.create(name=name)
    new_people = []
    for n, row in enumerate(rows, start=1):
        first, _, last = row.name.partition(" ")
        department = departments[row.department.lower()] if row.department else None
        user = users.filter(email__iexact=row.email).first()
        created = user is None
        if created:
            user = users.create_user(username=row.email, email=row.email)
            user.set_unusable_password()
            new_people.append(user)
        before = (user.first_name, user.last_name)
        user.first_name, user.last_name = first[:150], last[:150]
        if created or before != (user.first_name, user.last_name):
            user.save()
        profile, profile_created = LearnerProfile.objects.get_or_create(user=user)
        wanted = (
            department.pk if department else None,
            row.setting.pk if row.setting else None,
            profile.language if row.language is None else row.language,
        )
        changed = (profile.department_id, profile.workplace_setting_id, profile.language) != wanted
        if changed:
            profile.department, profile.workplace_setting = department, row.setting
            profile.language = wanted[2]
            profile.save()
        if created:
            report.created += 1
        elif changed or profile_created or before != (user.first_name, user.last_name):
            report.updated += 1
        else:
            report.unchanged += 1
        if progress:
            progress(n, len(rows))
    by_email = accounts_by_email({row.manager_email for row in rows if row.manager_email})
    for row in rows:
        if row.manager_email:
            LearnerProfile.objects.filter(user__email__iexact=row.email).exclude(
                manager=by_email[row.manager_email]
            ).update(manager=by_email[row.manager_email])
    return new_people


def import_staff(
    lines, dry_run=False, progress=None, create_departments=False, invite=True, departments=None
):
    """Import staff from CSV ``lines``. With ``dry_run`` nothing is saved and nobody emailed.

    Departments are created only with ``create_departments``. Each new person is invited (after
    the rows are saved) unless ``invite`` is false. With ``departments`` (names), rows outside
    them are refused (see ``read_rows``). Returns an ``ImportReport``.
    Raises ``ImportFileError`` for a file that cannot be read as a whole.
    """
    report = ImportReport()
    rows = read_rows(lines, report, create_departments=create_departments, departments=departments)
    with transaction.atomic():
        new_people = save_rows(rows, report, progress)
        if dry_run:
            transaction.set_rollback(True)
    if invite and not dry_run:
        report.invited, report.invitations_failed = invite_learners(new_people)
    return report
