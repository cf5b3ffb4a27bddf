"""Real poster and flyer PDFs for the demo content: tagged, in their language, fitted to the page.

Each poster is a stack: the heading on a band of the brand colour, the signs (if any), a QR code
to the campaign or setting page with a line saying what it is for, and the helpline band. The
type is scaled to the largest size at which the whole stack fits the page (every line wrapped to
the width, nothing past an edge), then the QR code grows into the space left, so a poster with
few words is not half blank.
"""

from dataclasses import dataclass

from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A3, A4, A5

from actsite.tagged_pdf import TaggedCanvas, register_fonts, wrap

CREDIT_CARD = (243, 153)  # 85.6 mm x 54 mm in points
PAGE_SIZES = {"a3": A3, "a4": A4, "a5": A5, "credit-card": CREDIT_CARD}
BRAND = HexColor("#3b1f5c")
INK = HexColor("#1b1b1f")
HELPLINE_NUMBER = "08000 121 700"
ASCENT, DESCENT, LEADING = 0.95, 0.25, 1.25  # of the font size, for DejaVu Sans
MIN_QR = 45  # points (16 mm): smaller codes are hard for a phone to read


@dataclass
class _Block:
    lines: list
    size: float
    font: str

    @property
    def leading(self):
        return self.size * LEADING

    @property
    def height(self):
        if not self.lines:
            return 0
        return self.size * (ASCENT + DESCENT) + (len(self.lines) - 1) * self.leading


@dataclass
class _Layout:
    margin: float
    gap: float
    heading: _Block
    signs: list
    qr_size: float
    qr_text: list
    intro: _Block
    number: _Block
    emergency: _Block

    @property
    def top_band(self):
        return 2 * self.margin + self.heading.height

    @property
    def signs_height(self):
        return sum(block.height + self.gap for block in self.signs)

    @property
    def qr_row(self):
        if not self.qr_size:
            return 0
        return max(self.qr_size, sum(block.height + self.gap for block in self.qr_text))

    @property
    def bottom_band(self):
        blocks = (self.intro, self.number, self.emergency)
        return 2 * self.margin + sum(block.height for block in blocks) + 2 * self.gap

    @property
    def height(self):
        return self.top_band + self.signs_height + self.qr_row + 2 * self.margin + self.bottom_band


def _layout(width, height, scale, text, has_qr, qr_size=0):
    """The poster's blocks at type ``scale`` (and a QR code ``qr_size`` points wide, if given),
    or None when a word is wider than its column."""
    regular, bold = register_fonts()
    margin = min(width, height) * 0.06
    unit = width / A4[0] * scale
    column = width - 2 * margin

    def block(words, size, font=regular, column=column):
        lines = wrap(words, font, size, column) if words else []
        return None if lines is None else _Block(lines, size, font)

    heading = block(text.heading, 30 * unit, bold)
    bullet_indent = 20 * unit
    signs = [block(sign, 15 * unit, column=column - bullet_indent) for sign in text.lines]
    qr_size = (qr_size or max(MIN_QR, 100 * unit)) if has_qr else 0
    qr_column = column - qr_size - margin / 2
    qr_text = (
        [block(text.qr_caption, 13 * unit, bold, qr_column), block(text.qr_label, 9 * unit)]
        if has_qr
        else []
    )
    intro = block(text.helpline_intro, 14 * unit)
    number = block(HELPLINE_NUMBER, 40 * unit, bold)
    emergency = block(text.emergency, 14 * unit, bold)
    blocks = [heading, *signs, *qr_text, intro, number, emergency]
    if any(b is None for b in blocks) or (has_qr and qr_column < column * 0.35):
        return None
    if number.lines != [HELPLINE_NUMBER]:  # the number is never broken across lines
        return None
    return _Layout(margin, 6 * unit, heading, signs, qr_size, qr_text, intro, number, emergency)


def _fit(width, height, text, has_qr):
    """The largest layout that fits the page; its QR code grown into the space left."""
    for step in range(200, 20, -2):
        scale = step / 100
        layout = _layout(width, height, scale, text, has_qr)
        if layout and layout.height <= height:
            break
    else:
        raise ValueError(f"The poster's words do not fit a {width:.0f}x{height:.0f} page.")
    while has_qr and layout.qr_size < height * 0.3:  # the code grows into the space left
        bigger = _layout(width, height, scale, text, has_qr, layout.qr_size + 4)
        if not bigger or bigger.height > height:
            break
        layout = bigger
    return layout


@dataclass(frozen=True)
class PosterText:
    title: str
    heading: str
    lines: tuple
    helpline_intro: str
    emergency: str
    qr_caption: str = ""
    qr_label: str = ""


def make_poster(
    title,
    heading,
    lines,
    helpline_intro,
    emergency,
    paper_size,
    *,
    language="en",
    qr_url="",
    qr_caption="",
):
    """A one-page tagged PDF in ``language``: a heading, the signs, a QR code of ``qr_url`` (if
    given) with ``qr_caption``, the helpline number and 999. ``title`` is the PDF's title, in
    ``language``. Returns bytes."""
    if paper_size == "credit-card":
        lines = []  # a pocket card carries only the question, the numbers and the code
    text = PosterText(
        title,
        heading,
        tuple(lines),
        helpline_intro,
        emergency,
        qr_caption,
        qr_url.split("://", 1)[-1],
    )
    width, height = PAGE_SIZES[paper_size]
    layout = _fit(width, height, text, bool(qr_url))
    pdf = TaggedCanvas.create((width, height))
    _draw(pdf, layout, text, qr_url, width, height)
    return pdf.finish(title, language)


def _draw(pdf, layout, text, qr_url, width, height):
    margin, gap = layout.margin, layout.gap
    spare = height - layout.height  # shared above and below the middle of the poster

    def draw_block(block, x, top, role="P", color=INK):
        baseline = height - top - block.size * ASCENT
        pdf.text_lines(role, block.lines, x, baseline, block.font, block.size, block.leading, color)
        return top + block.height

    with pdf.artifact() as canvas:
        canvas.setFillColor(BRAND)
        canvas.rect(0, height - layout.top_band, width, layout.top_band, stroke=0, fill=1)
        canvas.rect(0, 0, width, layout.bottom_band, stroke=0, fill=1)
    draw_block(layout.heading, margin, margin, "H1", white)

    top = layout.top_band + margin + spare / 2
    indent = layout.signs[0].size * 20 / 15 if layout.signs else 0
    for sign in layout.signs:
        with pdf.artifact() as canvas:
            canvas.setFillColor(INK)
            canvas.setFont(sign.font, sign.size)
            canvas.drawString(margin, height - top - sign.size * ASCENT, "•")
        top = draw_block(sign, margin + indent, top, "LI") + gap

    if qr_url:
        size = layout.qr_size
        pdf.qr_code(qr_url, margin, height - top - size, size, alt=f"QR code: {text.qr_label}")
        text_top = top + max(0, (size - layout.qr_row) / 2)
        for block in layout.qr_text:
            text_top = draw_block(block, margin + size + margin / 2, text_top) + gap

    top = height - layout.bottom_band + margin
    top = draw_block(layout.intro, margin, top, color=white) + gap
    top = draw_block(layout.number, margin, top, color=white) + gap
    draw_block(layout.emergency, margin, top, color=white)
