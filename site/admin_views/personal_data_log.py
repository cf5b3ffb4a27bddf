"""Reports > Personal data requests: every export, erasure and retention run (superusers)."""

from django.core.exceptions import PermissionDenied

from wagtail.admin.views.reports import ReportView

from actsite.models import PersonalDataRequest


class PersonalDataLogView(ReportView):
    page_title = "Personal data requests"
    header_icon = "user"
    template_name = "wagtailadmin/reports/base_report.html"
    results_template_name = "actsite/admin/personal_data_log_results.html"
    index_url_name = "personal_data_log"
    index_results_url_name = "personal_data_log_results"
    paginate_by = 50

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_superuser:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return PersonalDataRequest.objects.all()
