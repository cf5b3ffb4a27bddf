"""Checks that every PDF the project makes is accessible and fits its page (used by tests).

- ``layout_problems``: renders with PDFium; no text outside the page, no two lines overlapping.
- ``accessibility_problems``: ``pdfinfo`` says Tagged: yes; the catalog declares the language
  and a title; every font is embedded (``pdffonts``); ``qpdf --check`` passes.
- ``qr_codes``: the QR codes on page 1, decoded from a rendering (zxing-cpp).
"""

import io
import itertools
import re
import subprocess
import tempfile

import pikepdf
import pypdfium2
import zxingcpp

TOLERANCE = 0.5  # points: glyph boxes of neighbouring lines may touch, not overlap


def _text_rects(page):
    textpage = page.get_textpage()
    try:
        count = textpage.count_rects()
        rects = [textpage.get_rect(i) for i in range(count)]
        texts = [textpage.get_text_bounded(*rect).strip() for rect in rects]
    finally:
        textpage.close()
    return [(rect, text) for rect, text in zip(rects, texts, strict=True) if text]


def layout_problems(data):
    """Text outside a page or lines of text overlapping, described; empty when none."""

    problems = []
    pdf = pypdfium2.PdfDocument(data)
    try:
        for number, page in enumerate(pdf, start=1):
            width, height = page.get_size()
            rects = _text_rects(page)
            if not rects:
                problems.append(f"page {number}: no text")
            for (left, bottom, right, top), text in rects:
                if left < 0 or bottom < 0 or right > width or top > height:
                    problems.append(f"page {number}: {text!r} runs off the page")
            for (a, text_a), (b, text_b) in itertools.combinations(rects, 2):
                overlap_x = min(a[2], b[2]) - max(a[0], b[0])
                overlap_y = min(a[3], b[3]) - max(a[1], b[1])
                if overlap_x > TOLERANCE and overlap_y > TOLERANCE:
                    problems.append(f"page {number}: {text_a!r} overlaps {text_b!r}")
    finally:
        pdf.close()
    return problems


def _run(command, data):
    with tempfile.NamedTemporaryFile(suffix=".pdf") as file:
        file.write(data)
        file.flush()
        result = subprocess.run(  # noqa: S603 (fixed tools, a file of our own)
            [*command, file.name], capture_output=True, text=True, check=False
        )
    return result


def accessibility_problems(data, language, title=None):
    """What makes ``data`` not a tagged PDF in ``language`` (titled ``title``) with embedded
    fonts that qpdf accepts; empty when nothing."""

    problems = []
    info = _run(["pdfinfo"], data).stdout
    if not re.search(r"^Tagged:\s+yes$", info, re.MULTILINE):
        problems.append("pdfinfo does not say Tagged: yes")
    pdf = pikepdf.open(io.BytesIO(data))
    if str(pdf.Root.get("/Lang", "")) != language:
        problems.append(f"/Lang is {pdf.Root.get('/Lang')!r}, not {language!r}")
    if "/StructTreeRoot" not in pdf.Root:
        problems.append("no structure tree")
    actual_title = str(pdf.docinfo.get("/Title", ""))
    if not actual_title or (title is not None and actual_title != title):
        problems.append(f"title is {actual_title!r}, not {title!r}")
    fonts = _run(["pdffonts"], data).stdout.splitlines()[2:]
    if not fonts:
        problems.append("no fonts")
    for line in fonts:
        if line.split()[-5] != "yes":  # the "emb" column
            problems.append(f"font not embedded: {line.split()[0]}")
    check = _run(["qpdf", "--check"], data)
    if check.returncode != 0:
        problems.append(f"qpdf --check: {check.stdout.strip()[-200:]}")
    return problems


def qr_codes(data, scale=4):
    """The text of every QR code on page 1."""

    pdf = pypdfium2.PdfDocument(data)
    try:
        image = pdf[0].render(scale=scale).to_pil()
    finally:
        pdf.close()
    return [result.text for result in zxingcpp.read_barcodes(image)]
