"""Certificates: a PDF for the learner, and what the public verify page may say about a code."""

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from actsite.public_urls import absolute_url
from actsite.tagged_pdf import TaggedCanvas, language_tag, register_fonts, string_width
from courses.models import Completion, ReplacedCertificate
from courses.models.records import new_certificate_code


@dataclass(frozen=True)
class Verification:
    # "valid", "expired", "replaced" (a reissue gave it a new code) or "unknown". Only "valid"
    # and "expired" show the certificate's details; ``name_withheld`` when its holder was erased.
    state: str
    completion: Completion | None = None
    replaced_at: object = None
    name_withheld: bool = False


def verify(code):
    """What a certificate code stands for. Codes are compared case-blind and without the
    spaces or hyphens people type between groups ("EX5X-C79B ZF2H").

    After its holder's erasure under ``TRAINING_RECORDS_ON_ERASURE=anonymise`` a certificate
    is still "valid" or "expired" by its dates, with ``name_withheld`` (module and dates only,
    never a name or the "erased-N" placeholder); under ``delete`` its code is "unknown"
    (SECURITY.md). A code replaced by a reissue is "replaced", with the date, so a lost copy
    is not taken for a fake.
    """
    code = "".join(character for character in code if character.isalnum()).upper()
    if not code:
        return Verification("unknown")
    completion = (
        Completion.objects.select_related("learner", "module").filter(certificate_code=code).first()
    )
    replaced = None
    if completion is None:
        replaced = (
            ReplacedCertificate.objects.select_related("completion").filter(code=code).first()
        )
        completion = replaced.completion if replaced else None
    if completion is None:
        return Verification("unknown")
    if replaced:
        return Verification("replaced", replaced_at=replaced.replaced_at)
    return Verification(
        "valid" if completion.is_valid else "expired",
        completion,
        name_withheld=completion.withdrawn_at is not None,
    )


def reissue_certificate(completion, by=None):
    """Give ``completion`` a new certificate code, and so a new PDF (same module, dates and
    score); its old code is kept and verifies as "replaced". For a lost or misused copy.

    Returns the completion with its new code. The certificate of an erased holder cannot be
    reissued (nobody may hold a copy that names them).
    """
    if completion.withdrawn_at:
        raise ValueError("The certificate of an erased learner cannot be reissued.")
    with transaction.atomic():
        locked = Completion.objects.select_for_update().get(pk=completion.pk)
        ReplacedCertificate.objects.create(
            code=locked.certificate_code, completion=locked, replaced_by=by
        )
        locked.certificate_code = _unused_code()
        locked.save(update_fields=["certificate_code"])
    return locked


def _unused_code():
    while True:
        code = new_certificate_code()
        in_use = Completion.objects.filter(certificate_code=code).exists()
        if not in_use and not ReplacedCertificate.objects.filter(code=code).exists():
            return code


def verify_url(completion):
    """The verify page of the module's catalogue, in the certificate's language."""
    catalogue = completion.module.get_parent().specific
    page_url = catalogue.get_full_url() or absolute_url("/training/")
    return f"{page_url}verify/?code={completion.certificate_code}"


def certificate_pdf(completion):
    """The certificate as PDF bytes: learner, module, dates and the verification code.

    Printed in the language of the completed module (a Welsh module gives a Welsh certificate).
    """
    with translation.override(completion.module.locale.language_code):
        return _certificate_pdf(completion)


def _fitted_size(text, font, size, width):
    """``size``, or smaller until ``text`` fits ``width`` (long names and module titles)."""
    while size > 8 and string_width(text, font, size) > width:
        size -= 1
    return size


def _certificate_pdf(completion):
    """Tagged (headings and paragraphs in reading order), in the module's language, DejaVu
    embedded, every line fitted inside the border (``actsite.tagged_pdf``)."""
    regular, bold = register_fonts()
    width, height = landscape(A4)
    pdf = TaggedCanvas.create((width, height), author=settings.WAGTAIL_SITE_NAME)
    with pdf.artifact() as border:
        border.setStrokeColor(colors.HexColor("#1d3557"))
        border.setLineWidth(6)
        border.rect(30, 30, width - 60, height - 60)
    completed = date_format(timezone.localtime(completion.completed_at), "j E Y")
    name = completion.learner.get_full_name() or completion.learner.username
    lines = [
        ("P", regular, 16, height - 120, _("Act Against Trafficking: staff training")),
        ("H1", bold, 30, height - 190, _("Certificate of completion")),
        ("P", regular, 16, height - 240, _("This certifies that")),
        ("P", bold, 26, height - 285, name),
        ("P", regular, 16, height - 325, _("has completed the module")),
        ("P", bold, 20, height - 365, completion.module.title),
        (
            "P",
            regular,
            14,
            height - 415,
            _("Completed %(date)s with a score of %(score)s%%. Valid until %(until)s.")
            % {
                "date": completed,
                "score": completion.score,
                "until": date_format(completion.valid_until, "j E Y"),
            },
        ),
        (
            "P",
            regular,
            12,
            110,
            _("Verification code: %(code)s") % {"code": completion.certificate_code},
        ),
        ("P", regular, 12, 90, _("Check it at %(url)s") % {"url": verify_url(completion)}),
    ]
    for role, font, size, y, text in lines:
        with pdf.tag(role, actual_text=text) as canvas:
            canvas.setFillColor(colors.black)
            canvas.setFont(font, _fitted_size(text, font, size, width - 120))
            canvas.drawCentredString(width / 2, y, text)
    title = _("Certificate: %(module)s") % {"module": completion.module.title}
    return pdf.finish(title, language_tag(translation.get_language()))
