"""The admin report of downloads and QR code scans per resource and language this month."""

from django.core.exceptions import PermissionDenied
from django.db.models import IntegerField, OuterRef, Q, Subquery, Sum, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from wagtail.admin.views.reports import ReportView

from campaigns.models import DownloadCount, ResourceFile, ScanCount


class DownloadReportView(ReportView):
    page_title = "Downloads and QR code scans this month"
    header_icon = "download"
    template_name = "wagtailadmin/reports/base_report.html"
    results_template_name = "campaigns/admin/download_report_results.html"
    index_url_name = "download_report"
    index_results_url_name = "download_report_results"
    paginate_by = 50
    list_export = ["page__title", "language", "total", "scans"]
    export_headings = {
        "page__title": "Resource",
        "language": "Language",
        "total": "Downloads",
        "scans": "QR scans",
    }

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("campaigns.view_downloadcount"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        """One row per resource file counted this month: its downloads and its scans."""
        month = timezone.localdate().replace(day=1)

        def this_month(model):
            counts = model.objects.filter(
                resource_id=OuterRef("page_id"), language=OuterRef("language"), month=month
            )
            total = counts.values("resource_id").annotate(total=Sum("count")).values("total")
            return Coalesce(Subquery(total, output_field=IntegerField()), Value(0))

        return (
            ResourceFile.objects.annotate(
                total=this_month(DownloadCount), scans=this_month(ScanCount)
            )
            .filter(Q(total__gt=0) | Q(scans__gt=0))
            .values("page__title", "language", "total", "scans")
            .order_by("-total", "-scans", "page__title")
        )
