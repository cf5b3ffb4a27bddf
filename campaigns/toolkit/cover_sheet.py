"""The venue toolkit's cover sheet: what is in the pack, where to put each item, the helplines.

A tagged A4 PDF (``actsite.tagged_pdf``) in the language the venue manager reads the site in;
it flows onto more pages when the pack is long.
"""

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4

from django.utils.translation import gettext as _

from actsite.languages import native_name
from actsite.tagged_pdf import TaggedCanvas, language_tag, register_fonts, wrap

INK = HexColor("#1b1b1f")
BRAND = HexColor("#3b1f5c")
MARGIN = 50


def placement_advice(kind):
    """Where an item of ``kind`` goes, in a sentence."""
    advice = {
        "poster": _(
            "Put it up at eye level where staff and the public pass, in one of the places below."
        ),
        "flyer": _("Leave copies where staff take a break or collect their pay."),
        "leaflet": _("Leave copies where staff take a break or collect their pay."),
        "pocket-card": _("Hand one to each member of staff, in the language they read."),
    }
    return advice.get(kind, advice["flyer"])


class _Flow:
    """Blocks of text down the page, onto a new page when one is full."""

    def __init__(self, pdf, width, height):
        self.pdf, self.width, self.height = pdf, width, height
        self.y = height - MARGIN
        self.regular, self.bold = register_fonts()

    def block(self, role, text, size=11, bold=False, indent=0, space_after=6, color=INK):
        font = self.bold if bold else self.regular
        lines = wrap(text, font, size, self.width - 2 * MARGIN - indent, break_words=True)
        leading = size * 1.3
        if role == "H2":
            self.y -= size * 0.6  # a heading sits closer to what follows than to what precedes
        if self.y - leading * len(lines) < MARGIN:
            self.pdf.new_page()
            self.y = self.height - MARGIN
        baseline = self.y - size
        if role == "LI":
            with self.pdf.artifact() as canvas:
                canvas.setFillColor(color)
                canvas.setFont(font, size)
                canvas.drawString(MARGIN, baseline, "•")
        self.pdf.text_lines(role, lines, MARGIN + indent, baseline, font, size, leading, color)
        self.y -= leading * len(lines) + space_after


def cover_sheet_pdf(setting, files, places, language):
    """The cover sheet for a pack of ``files`` (``ResourceFile``s) for ``setting``, with the
    setting's ``places`` to look, in ``language`` (the caller activates it for gettext)."""
    width, height = A4
    pdf = TaggedCanvas.create((width, height))
    flow = _Flow(pdf, width, height)
    title = _("Venue toolkit: %(setting)s") % {"setting": setting.name}
    flow.block("H1", title, size=22, bold=True, space_after=10, color=BRAND)
    flow.block(
        "P",
        _(
            "Posters and flyers to help your staff and visitors spot the signs of modern "
            "slavery and exploitation, and know who to call."
        ),
    )

    flow.block("H2", _("What is in this pack"), size=15, bold=True)
    resources = {}
    for resource_file in files:
        resources.setdefault(resource_file.page, []).append(resource_file.language)
    for resource, languages in resources.items():
        names = ", ".join(native_name(code) for code in languages)
        flow.block(
            "LI",
            f"{resource.title} ({resource.get_kind_display()}, {resource.get_paper_size_display()})"
            f": {names}. {placement_advice(resource.kind)}",
            indent=12,
            space_after=4,
        )
    if not resources:
        flow.block("P", _("No posters or flyers match your choice yet."))

    flow.block("H2", _("Where to look and where to put them"), size=15, bold=True)
    for place in places:
        flow.block("LI", place, indent=12, space_after=2)

    flow.block("H2", _("Helplines"), size=15, bold=True)
    flow.block(
        "P",
        _("Modern Slavery & Exploitation Helpline: 08000 121 700 (free, confidential, 24/7)."),
        bold=True,
    )
    flow.block(
        "P", _("In an emergency, call 999. To report something that is not an emergency, call 101.")
    )
    return pdf.finish(title, language_tag(language))
