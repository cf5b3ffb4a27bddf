"""Certificates: a PDF for the learner, and what the public verify page may say about a code."""

import io
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from django.conf import settings
from django.utils import timezone

from courses.models import Completion


@dataclass(frozen=True)
class Verification:
    state: str  # "valid", "expired" or "unknown"
    completion: Completion | None = None


def verify(code):
    """What a certificate code stands for. Codes are compared without spaces, case-blind."""
    code = "".join(code.split()).upper()
    completion = (
        Completion.objects.select_related("learner", "module").filter(certificate_code=code).first()
        if code
        else None
    )
    if completion is None:
        return Verification("unknown")
    return Verification("valid" if completion.is_valid else "expired", completion)


def verify_url(completion):
    return f"{settings.WAGTAILADMIN_BASE_URL}/training/verify/?code={completion.certificate_code}"


def certificate_pdf(completion):
    """The certificate as PDF bytes: learner, module, dates and the verification code."""
    buffer = io.BytesIO()
    width, height = landscape(A4)
    pdf = canvas.Canvas(buffer, pagesize=(width, height))
    pdf.setTitle(f"Certificate: {completion.module.title}")
    pdf.setAuthor("Act Against Trafficking")
    pdf.setStrokeColor(colors.HexColor("#1d3557"))
    pdf.setLineWidth(6)
    pdf.rect(30, 30, width - 60, height - 60)
    lines = [
        ("Helvetica", 16, height - 120, "Act Against Trafficking: staff training"),
        ("Helvetica-Bold", 30, height - 190, "Certificate of completion"),
        ("Helvetica", 16, height - 240, "This certifies that"),
        (
            "Helvetica-Bold",
            26,
            height - 285,
            completion.learner.get_full_name() or completion.learner.username,
        ),
        ("Helvetica", 16, height - 325, "has completed the module"),
        ("Helvetica-Bold", 20, height - 365, completion.module.title),
        (
            "Helvetica",
            14,
            height - 415,
            f"Completed {timezone.localtime(completion.completed_at):%d %B %Y} with a score of "
            f"{completion.score}%. Valid until {completion.valid_until:%d %B %Y}.",
        ),
        ("Helvetica", 12, 110, f"Verification code: {completion.certificate_code}"),
        ("Helvetica", 12, 90, f"Check it at {verify_url(completion)}"),
    ]
    for font, size, y, text in lines:
        pdf.setFont(font, size)
        pdf.drawCentredString(width / 2, y, text)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()
