"""The training report's CSV downloads: the counts as shown, and one line per person and module."""

import csv

from django.http import HttpResponse
from django.utils import timezone

from courses.status import Status


def _csv_response(filename):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response, csv.writer(response)


def counts_csv(rows):
    """The report's table: status counts and the trained rate per module (and group)."""
    response, writer = _csv_response("training-report.csv")
    writer.writerow(["Module", "Group", *Status.labels, "Total", "Trained %"])
    for row in rows:
        writer.writerow(
            [row.module.title, row.group, *(row.count(s) for s in Status), row.total, row.rate]
        )
    return response


def _cell(text):
    """Text a spreadsheet will not run as a formula (a name starting with = + - @)."""
    text = str(text or "")
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def people_csv(person_rows):
    """One line per person and module: who, where, status, when completed and until when."""
    response, writer = _csv_response("training-people.csv")
    writer.writerow(
        [
            "Person",
            "Department",
            "Setting",
            "Module",
            "Status",
            "Completed on",
            "Valid until",
            "Certificate code",
        ]
    )
    for person, module in person_rows:
        profile = person.learner
        writer.writerow(
            [
                _cell(person.get_full_name() or person.get_username()),
                _cell(profile.department.name if profile.department else ""),
                _cell(profile.workplace_setting.name if profile.workplace_setting else ""),
                _cell(module.title),
                Status(person.status).label,
                timezone.localdate(person.completed_on).isoformat() if person.completed_on else "",
                person.valid_until.isoformat() if person.valid_until else "",
                person.certificate_code or "",
            ]
        )
    return response
