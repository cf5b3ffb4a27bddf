"""Certificates print in the language of the completed module, with every letter it needs."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pypdfium2
import pytest

from django.utils import translation

from courses.certificates import certificate_pdf
from courses.models import Completion
from tests.campaigns.translations import translate
from tests.courses.factories import learner
from tests.pdf_checks import accessibility_problems, layout_problems

pytestmark = pytest.mark.django_db


def pdf_text(data):
    document = pypdfium2.PdfDocument(data)
    return document[0].get_textpage().get_text_range()


def completion_of(module, person):
    return Completion.objects.create(
        learner=person,
        module=module,
        score=90,
        completed_at=datetime(2026, 3, 2, 10, tzinfo=ZoneInfo("Europe/London")),
        valid_until=date(2027, 3, 2),
    )


def test_welsh_module_gives_a_welsh_certificate(client, module):
    welsh = translate(module, "cy", title="Adnabod camfanteisio: ŵyr a ŷd")
    completion = completion_of(welsh, learner("Łukasz"))
    text = pdf_text(certificate_pdf(completion))
    assert "Tystysgrif cwblhau" in text
    assert "Adnabod camfanteisio: ŵyr a ŷd" in text  # letters Helvetica cannot draw
    assert "Łukasz" in text
    assert "2 Mawrth 2026" in text  # the month in Welsh
    assert "Certificate of completion" not in text
    # Its verify link opens the verify page in Welsh, which finds the certificate.
    path = f"/cy/{welsh.get_parent().slug}/verify/?code={completion.certificate_code}"
    assert path in text
    page = client.get(path)
    assert page.status_code == 200 and '<html lang="cy"' in page.content.decode()
    assert "Adnabod camfanteisio" in page.content.decode()


def test_english_module_gives_an_english_certificate_whatever_the_page_language(module):
    with translation.override("pl"):
        text = pdf_text(certificate_pdf(completion_of(module, learner("sam"))))
    assert "Certificate of completion" in text and "2 March 2026" in text


def test_certificates_are_tagged_in_their_language_with_embedded_fonts_and_fit(module):
    welsh = translate(module, "cy", title="Adnabod camfanteisio " + "ŵyr a ŷd " * 12)
    data = certificate_pdf(completion_of(welsh, learner("Łukasz")))

    assert accessibility_problems(data, "cy") == []
    assert layout_problems(data) == []
    english = certificate_pdf(completion_of(module, learner("sam")))
    assert accessibility_problems(english, "en-GB") == []
