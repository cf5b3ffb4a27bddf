"""The training report for training managers: counts and rates per module, by setting or
department, with drill-down to people, CSV exports and an accessible SVG chart drawn on the
server (``courses.report_chart``) beside the table. Viewing and exporting
people's records is recorded in the personal-data audit trail (superusers only).

The drill-down lists exactly the people its cell counts: the same filters, scope (assigned
modules or all staff) and group."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse

from actsite.access_log import record_access
from actsite.bad_requests import plausible_id
from actsite.models import WorkplaceSetting
from actsite.translated_choices import one_per_translation
from courses import report_chart, reports
from courses.admin_views import report_csv
from courses.models import Department, ModulePage
from courses.status import Status

ASSIGNED, ALL_STAFF = "assigned", "all"


class ReportFilters(forms.Form):
    department = forms.ModelChoiceField(Department.objects.none(), required=False)
    workplace_setting = forms.ModelChoiceField(
        WorkplaceSetting.objects.none(), required=False, label="Workplace setting"
    )
    group_by = forms.ChoiceField(
        choices=[("", "Module only"), ("setting", "Setting"), ("department", "Department")],
        required=False,
        label="Group by",
    )
    scope = forms.ChoiceField(
        choices=[(ASSIGNED, "Assigned modules only"), (ALL_STAFF, "All staff, every module")],
        required=False,
        label="Count",
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        departments = Department.objects.all()
        if not user.is_superuser:
            departments = departments.filter(training_managers=user)
        self.fields["department"].queryset = departments
        # Each setting once (not once per language it is translated into).
        self.fields["workplace_setting"].queryset = one_per_translation(
            WorkplaceSetting.objects.all()
        )


def _check(request):
    if not request.user.has_perm("courses.view_training_report"):
        raise PermissionDenied


def _filtered(request):
    """(the form, the learners in scope, the cleaned filters; {} when they do not validate)."""
    form = ReportFilters(request.GET or None, user=request.user)
    data = form.cleaned_data if form.is_valid() else {}
    learners = reports.learners_for(
        request.user, data.get("department"), data.get("workplace_setting")
    )
    data.setdefault("group_by", "")
    data["assigned_only"] = data.get("scope") != ALL_STAFF
    return form, learners, data


def training_report(request):
    _check(request)
    form, learners, data = _filtered(request)
    export = request.GET.get("format")
    if export == "people-csv":
        record_access(request.user, action="courses.report_exported", user=request.user)
        return report_csv.people_csv(
            reports.person_rows(learners, assigned_only=data["assigned_only"])
        )
    rows = reports.completion_report(
        learners, group_by=data["group_by"], assigned_only=data["assigned_only"]
    )
    if export == "csv":
        record_access(request.user, action="courses.report_exported", user=request.user)
        return report_csv.counts_csv(rows)
    query = request.GET.copy()
    query.pop("format", None)
    return TemplateResponse(
        request,
        "courses/admin/training_report.html",
        {
            "form": form,
            "rows": rows,
            "chart": report_chart.chart(rows),
            "scope_all": not data["assigned_only"],
            "statuses": Status,
            "grouped": bool(data["group_by"]),
            "query": query.urlencode(),
            "page_title": "Training report",
        },
    )


def report_people(request, module_pk):
    """Drill-down: the people in one report cell (status, group, filters and scope)."""
    _check(request)
    module = get_object_or_404(ModulePage, pk=module_pk)
    _form, learners, data = _filtered(request)
    group = request.GET.get("group")
    group_name = ""
    if data["group_by"] and group is not None:
        if group == "none" or plausible_id(group):
            learners = reports.in_group(
                learners, data["group_by"], None if group == "none" else group
            )
        else:  # a forged group: nobody is in it
            learners, group = learners.none(), ""
        group_name = _group_name(data["group_by"], group)
    status = request.GET.get("status", "")
    status = status if status in Status.values else None
    found = reports.people(learners, module, status, assigned_only=data["assigned_only"])
    record_access(module, action="courses.report_people_viewed", user=request.user)
    query = request.GET.copy()
    for key in ("status", "group"):
        query.pop(key, None)
    return TemplateResponse(
        request,
        "courses/admin/report_people.html",
        {
            "module": module,
            "people": found[:500],
            "status_label": Status(status).label if status else "Everyone",
            "group_name": group_name,
            "assigned_only": data["assigned_only"],
            "statuses": Status,
            "back_query": query.urlencode(),
            "page_title": f"{module.title}: people",
        },
    )


def _group_name(group_by, group):
    if group == "none":
        return reports.NOT_SET
    model = WorkplaceSetting if group_by == "setting" else Department
    found = model.objects.filter(pk=group).first() if group else None
    return str(found) if found else "nobody"
