"""Importing staff from the admin, beside ``manage.py import_staff``: a CSV template to fill in,
and an upload that first shows a dry run (what would be created and updated, each refused line
with its reason), then imports for real, inviting new people, when the user confirms.

The rules are ``courses.staff_import``'s. A training manager imports only into the departments
they manage (other rows are refused) and never creates departments; superusers and site
administrators import into any. The previewed file waits in the session, with its digest, so
"Import" imports exactly what was previewed.
"""

import csv
import hashlib
import io

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse

from wagtail.models import Locale

from actsite.models import WorkplaceSetting
from courses import department_access, staff_import

MAX_BYTES = 1024 * 1024  # about 10,000 people
SESSION_KEY = "staff-import"
EXAMPLE = {
    "name": "Amira Haddad",
    "email": "amira.haddad@council.example.org",
    "manager": "line.manager@council.example.org",
    "language": "en-gb",
}


def may_import_staff(user):
    return user.is_superuser or user.has_perm("courses.view_training_report")


def _check(request):
    if not may_import_staff(request.user):
        raise PermissionDenied


def _scope(user):
    """The department names ``user`` may import into, or None for any."""
    if department_access.sees_all_departments(user):
        return None
    return list(department_access.visible_departments(user).values_list("name", flat=True))


class StaffUploadForm(forms.Form):
    file = forms.FileField(
        label="CSV file",
        help_text=f"UTF-8 CSV with the columns {', '.join(staff_import.COLUMNS)} (and "
        "optionally language), as in the template. At most 1 MB.",
    )
    create_departments = forms.BooleanField(
        required=False,
        label="Create unknown departments",
        help_text="Otherwise a row naming a department that does not exist is refused.",
    )

    def __init__(self, *args, may_create_departments=False, **kwargs):
        super().__init__(*args, **kwargs)
        if not may_create_departments:
            del self.fields["create_departments"]

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            raise forms.ValidationError("The file is larger than 1 MB: split it into parts.")
        content = upload.read()
        if not content.strip():
            raise forms.ValidationError("The file is empty.")
        try:
            text = content.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise forms.ValidationError(
                "This is not a CSV text file: save it from your spreadsheet as CSV UTF-8."
            ) from None
        if "\x00" in text:
            raise forms.ValidationError("This is not a CSV text file.")
        return text


def staff_template(request):
    """A CSV with the header the import expects and one example row."""
    _check(request)
    scope = _scope(request.user)
    setting = WorkplaceSetting.objects.filter(locale=Locale.get_default()).order_by("pk").first()
    example = {
        **EXAMPLE,
        "department": (scope[0] if scope else "Licensing"),
        "workplace setting": setting.name if setting else "",
    }
    columns = [*staff_import.COLUMNS, *staff_import.OPTIONAL_COLUMNS]
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(columns)
    writer.writerow([example[column] for column in columns])
    response = HttpResponse(out.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="staff-import-template.csv"'
    return response


def _digest(text):
    return hashlib.sha256(text.encode()).hexdigest()


def _render(request, **context):
    scope = _scope(request.user)
    context.setdefault("form", None)
    context.update(
        page_title="Import staff",
        columns=[*staff_import.COLUMNS, *staff_import.OPTIONAL_COLUMNS],
        scope=scope,
    )
    return TemplateResponse(request, "courses/admin/staff_import.html", context)


def staff_upload(request):
    """GET: the form. POST a file: the dry run. POST ``confirm``: the import, for real."""
    _check(request)
    user = request.user
    may_create = department_access.sees_all_departments(user)
    if request.method == "POST" and "confirm" in request.POST:
        return _confirm(request)
    if request.method != "POST":
        return _render(request, form=StaffUploadForm(may_create_departments=may_create))
    form = StaffUploadForm(request.POST, request.FILES, may_create_departments=may_create)
    if not form.is_valid():
        return _render(request, form=form)
    text = form.cleaned_data["file"]
    create = form.cleaned_data.get("create_departments", False)
    try:
        report = staff_import.import_staff(
            text.splitlines(), dry_run=True, create_departments=create, departments=_scope(user)
        )
    except staff_import.ImportFileError as error:
        form.add_error("file", str(error))
        return _render(request, form=form)
    request.session[SESSION_KEY] = {"csv": text, "create": create, "digest": _digest(text)}
    return _render(request, report=report, preview=True, digest=_digest(text))


def _confirm(request):
    waiting = request.session.get(SESSION_KEY)
    if not waiting or waiting["digest"] != request.POST.get("confirm"):
        messages.error(request, "That preview has expired: upload the file again.")
        return redirect(reverse("training_staff_import"))
    del request.session[SESSION_KEY]
    report = staff_import.import_staff(
        waiting["csv"].splitlines(),
        create_departments=waiting["create"],
        departments=_scope(request.user),
    )
    return _render(request, report=report, preview=False)
