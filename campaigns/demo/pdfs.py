"""Real poster and flyer PDFs for the demo content, drawn with reportlab."""

import functools
import io
from pathlib import Path

from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A3, A4, A5
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

# DejaVu covers the Latin, Cyrillic and Greek letters of the community languages; reportlab's own
# Vera is the fallback (it lacks some letters, e.g. Polish ł).
FONT_CANDIDATES = [
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/TTF/DejaVuSans.ttf"),
]
CREDIT_CARD = (243, 153)  # 85.6 mm x 54 mm in points
PAGE_SIZES = {"a3": A3, "a4": A4, "a5": A5, "credit-card": CREDIT_CARD}
BRAND = HexColor("#3b1f5c")


@functools.cache
def _font():
    for path in FONT_CANDIDATES:
        if path.exists():
            pdfmetrics.registerFont(TTFont("PosterSans", str(path)))
            return "PosterSans"
    import reportlab  # noqa: PLC0415 - only when no system font is found

    vera = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"
    pdfmetrics.registerFont(TTFont("PosterSans", str(vera)))
    return "PosterSans"


def _wrap(text, font, size, width):
    words, lines, line = text.split(), [], ""
    for word in words:
        candidate = f"{line} {word}".strip()
        if pdfmetrics.stringWidth(candidate, font, size) <= width:
            line = candidate
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def make_poster(title, heading, lines, helpline_intro, emergency, paper_size):
    """A one-page PDF: a heading, the signs, the helpline number and 999. Returns bytes."""
    font = _font()
    if paper_size == "credit-card":
        lines = []  # a pocket card carries only the question and the numbers
    width, height = PAGE_SIZES[paper_size]
    scale = width / A4[0]
    margin = 36 * scale
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(width, height))
    pdf.setTitle(title)
    pdf.setAuthor("Active Communities Against Trafficking")

    band = height * 0.22
    pdf.setFillColor(BRAND)
    pdf.rect(0, height - band, width, band, stroke=0, fill=1)
    pdf.setFillColor(white)
    y = height - margin - 26 * scale
    for line in _wrap(heading, font, 30 * scale, width - 2 * margin):
        pdf.setFont(font, 30 * scale)
        pdf.drawString(margin, y, line)
        y -= 36 * scale

    pdf.setFillColor(HexColor("#1b1b1f"))
    y = height - band - margin
    for text in lines:
        for i, line in enumerate(_wrap(text, font, 15 * scale, width - 2 * margin - 14 * scale)):
            pdf.setFont(font, 15 * scale)
            if i == 0:
                pdf.drawString(margin, y, "•")
            pdf.drawString(margin + 14 * scale, y, line)
            y -= 20 * scale
        y -= 6 * scale

    pdf.setFillColor(BRAND)
    pdf.rect(0, 0, width, height * 0.2, stroke=0, fill=1)
    pdf.setFillColor(white)
    pdf.setFont(font, 14 * scale)
    pdf.drawString(margin, height * 0.2 - margin, helpline_intro[:90])
    pdf.setFont(font, 40 * scale)
    pdf.drawString(margin, height * 0.2 - margin - 48 * scale, "08000 121 700")
    pdf.setFont(font, 14 * scale)
    pdf.drawString(margin, margin * 0.6, emergency)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()
