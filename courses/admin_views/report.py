"""The training report for training managers: counts and rates per module, by setting or
department, with drill-down to people, CSV export and a bar chart. Viewing and exporting
people's records is recorded in the personal-data audit trail (superusers only)."""

import csv

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse

from actsite.access_log import record_access
from actsite.models import WorkplaceSetting
from actsite.translated_choices import one_per_translation
from courses import reports
from courses.models import Department, ModulePage
from courses.status import Status


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


def _learners(request, form):
    data = form.cleaned_data if form.is_valid() else {}
    return reports.learners_for(
        request.user, data.get("department"), data.get("workplace_setting")
    ), data


def training_report(request):
    _check(request)
    form = ReportFilters(request.GET or None, user=request.user)
    learners, data = _learners(request, form)
    rows = reports.completion_report(learners, group_by=data.get("group_by", ""))
    if request.GET.get("format") == "csv":
        record_access(request.user, action="courses.report_exported", user=request.user)
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="training-report.csv"'
        writer = csv.writer(response)
        writer.writerow(["Module", "Group", *Status.labels, "Total", "Trained %"])
        for row in rows:
            writer.writerow(
                [row.module.title, row.group, *(row.count(s) for s in Status), row.total, row.rate]
            )
        return response
    return TemplateResponse(
        request,
        "courses/admin/training_report.html",
        {
            "form": form,
            "rows": rows,
            "statuses": Status,
            "query": request.GET.urlencode(),
            "page_title": "Training report",
        },
    )


def report_people(request, module_pk):
    """Drill-down: the people in one report cell."""
    _check(request)
    module = get_object_or_404(ModulePage, pk=module_pk)
    form = ReportFilters(request.GET or None, user=request.user)
    learners, _ = _learners(request, form)
    status = request.GET.get("status", "")
    found = reports.people(learners, module, status if status in Status.values else None)
    record_access(module, action="courses.report_people_viewed", user=request.user)
    return TemplateResponse(
        request,
        "courses/admin/report_people.html",
        {
            "module": module,
            "people": found[:500],
            "status_label": Status(status).label if status in Status.values else "Everyone",
            "statuses": Status,
            "page_title": f"{module.title}: people",
        },
    )
