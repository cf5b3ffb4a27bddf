"""An editor's panel on a resource: the QR code of each file's short address, to download."""

from django.urls import reverse

from wagtail.admin.panels import Panel


class QRCodesPanel(Panel):
    """Links to each language's QR code (SVG), for posters designed outside the site."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "campaigns/admin/qr_codes_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            page = self.instance
            context["codes"] = (
                [
                    (
                        resource_file.language_name,
                        reverse(
                            "resource_qr",
                            kwargs={"resource_id": page.pk, "language": resource_file.language},
                        ),
                    )
                    for resource_file in page.files.all()
                ]
                if page.pk and page.live
                else []
            )
            return context
