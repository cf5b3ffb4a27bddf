"""The admin report of downloads per resource and language this month."""

from django.core.exceptions import PermissionDenied
from django.db.models import Sum
from django.utils import timezone

from wagtail.admin.views.reports import ReportView

from campaigns.models import DownloadCount


class DownloadReportView(ReportView):
    page_title = "Downloads this month"
    header_icon = "download"
    template_name = "wagtailadmin/reports/base_report.html"
    results_template_name = "campaigns/admin/download_report_results.html"
    index_url_name = "download_report"
    index_results_url_name = "download_report_results"
    paginate_by = 50
    list_export = ["resource__title", "language", "total"]
    export_headings = {"resource__title": "Resource", "language": "Language", "total": "Downloads"}

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("campaigns.view_downloadcount"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        month = timezone.localdate().replace(day=1)
        return (
            DownloadCount.objects.filter(month=month)
            .values("resource__title", "language")
            .annotate(total=Sum("count"))
            .order_by("-total", "resource__title")
        )
