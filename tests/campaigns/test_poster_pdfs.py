"""Every poster and flyer PDF is tagged, in its language, with embedded fonts, and fits its page
(no text off an edge, no lines overlapping), with a QR code that reads back."""

import pypdfium2
import pytest

from wagtail.models import Locale

from actsite.demo import text as site_text
from campaigns.demo import pdfs, text
from campaigns.models import ResourceFile
from campaigns.scans import scan_url
from tests.pdf_checks import accessibility_problems, layout_problems, qr_codes

LONGEST_SIGNS = max((hub["signs"][:4] for hub in site_text.HUBS), key=lambda s: len("".join(s)))


@pytest.mark.parametrize("paper_size", sorted(pdfs.PAGE_SIZES))
@pytest.mark.parametrize("language", sorted(text.POSTER_PHRASES))
def test_a_poster_in_every_language_and_size_fits_and_is_tagged(language, paper_size):
    heading, intro, emergency = text.POSTER_PHRASES[language]
    url = f"https://act.example.org/r/123/{language}/"
    data = pdfs.make_poster(
        heading,
        heading,
        LONGEST_SIGNS,
        intro,
        emergency,
        paper_size,
        language=language,
        qr_url=url,
        qr_caption=text.QR_CAPTIONS[language],
    )

    assert layout_problems(data) == []
    assert accessibility_problems(data, language, title=heading) == []
    assert qr_codes(data) == [url]


def test_a_poster_with_few_words_fills_its_page():
    """The Polish and Bulgarian posters were half blank: the type and the code now grow."""

    heading, intro, emergency = text.POSTER_PHRASES["bg"]
    data = pdfs.make_poster(
        heading,
        heading,
        [],
        intro,
        emergency,
        "a4",
        language="bg",
        qr_url="https://act.example.org/r/1/bg/",
        qr_caption="Сканирайте",
    )
    pdf = pypdfium2.PdfDocument(data)
    bitmap = pdf[0].render(scale=0.25).to_pil().convert("L")
    pdf.close()
    width, height = bitmap.size
    blank_rows = sum(
        1 for y in range(height) if min(bitmap.getpixel((x, y)) for x in range(width)) > 240
    )
    assert blank_rows < height * 0.25


@pytest.mark.django_db
def test_every_demo_pdf_is_accessible_fits_and_carries_its_scan_code(
    client, settings, demo_content, demo_media
):
    settings.MEDIA_ROOT = demo_media  # not this folder's own per-test media
    # The originals: translated pages share their documents.
    files = list(
        ResourceFile.objects.filter(page__locale=Locale.get_default()).select_related("document")
    )
    assert len(files) >= 30

    problems = {}
    for resource_file in files:
        language = resource_file.language
        with resource_file.document.open_file() as stored:
            data = stored.read()
        found = layout_problems(data) + accessibility_problems(
            data, language, title=text.POSTER_PHRASES[language][0]
        )
        if qr_codes(data) != [scan_url(resource_file.page_id, language)]:
            found.append(f"QR code reads {qr_codes(data)}")
        if found:
            problems[str(resource_file)] = found
    assert problems == {}
