"""Accessible PDFs drawn with reportlab: tagged, in a declared language, fonts embedded.

reportlab draws well but cannot tag. ``TaggedCanvas`` wraps each piece of content it draws in a
marked-content sequence (``/P <</MCID n>> BDC … EMC``), or marks it as an artifact (decoration);
``finish()`` then adds what makes the file a tagged PDF with pikepdf: the structure tree in
drawing order (which is the reading order), its parent tree, ``/MarkInfo``, the catalog's
``/Lang``, and a ``/Title`` shown as the window title. Text is drawn in DejaVu Sans, embedded
(subset), which has the letters of every site and community language (Polish, Welsh, Romanian,
Bulgarian Cyrillic...).

Used by the demo posters and flyers, the venue toolkit's cover sheet and the certificates.
"""

import functools
import io
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pikepdf
import segno
from pikepdf import Array, Dictionary, Name, String
from reportlab.lib.colors import black, white
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as reportlab_canvas

from django.conf import settings

FONT_NAME = "DejaVuSans"
BOLD_FONT_NAME = "DejaVuSans-Bold"
FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/TTF")]


def language_tag(code):
    """A Django language code as a BCP 47 tag for /Lang: ``en-gb`` → ``en-GB``."""
    language, _sep, region = (code or "en").partition("-")
    return f"{language}-{region.upper()}" if region else language


@functools.cache
def register_fonts():
    """Register DejaVu Sans (regular and bold) with reportlab; returns (regular, bold) names.

    Fails loudly when the font is missing (``make os-packages`` installs fonts-dejavu-core): a
    fallback without Polish or Cyrillic letters would print boxes instead of words.
    """

    configured = getattr(settings, "CERTIFICATE_FONT_DIR", "")
    for folder in [Path(configured)] * bool(configured) + FONT_DIRS:
        regular, bold = folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"
        if regular.exists():
            pdfmetrics.registerFont(TTFont(FONT_NAME, str(regular)))
            pdfmetrics.registerFont(TTFont(BOLD_FONT_NAME, str(bold if bold.exists() else regular)))
            return FONT_NAME, BOLD_FONT_NAME
    raise RuntimeError("DejaVu Sans is not installed (Debian package fonts-dejavu-core).")


def string_width(text, font, size):
    return pdfmetrics.stringWidth(text, font, size)


def _break_word(word, font, size, width):
    parts, part = [], ""
    for letter in word:
        if part and string_width(part + letter, font, size) > width:
            parts.append(part)
            part = ""
        part += letter
    return [*parts, part]


def wrap(text, font, size, width, break_words=False):
    """``text`` broken into lines no wider than ``width``. A word wider than that on its own
    gives None, or is broken between letters with ``break_words`` (addresses, long names)."""
    words = []
    for word in text.split():
        if string_width(word, font, size) <= width:
            words.append(word)
        elif break_words:
            words.extend(_break_word(word, font, size, width))
        else:
            return None
    lines, line = [], ""
    for word in words:
        candidate = f"{line} {word}".strip()
        if string_width(candidate, font, size) <= width:
            line = candidate
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


@dataclass
class _Element:
    role: str  # a standard structure type: H1, P, LI, Figure...
    page: int
    mcid: int
    alt: str = ""
    actual_text: str = ""


@dataclass
class TaggedCanvas:
    """A reportlab canvas whose every drawing is either tagged content or an artifact.

    Draw in reading order: the structure tree follows the order of ``tag()`` calls. Consecutive
    ``LI`` tags become one list (``L``).
    """

    canvas: object
    buffer: io.BytesIO
    elements: list = field(default_factory=list)
    page: int = 0
    _mcid: int = 0

    @classmethod
    def create(cls, page_size, author="Active Communities Against Trafficking"):
        regular, _bold = register_fonts()
        buffer = io.BytesIO()
        # The initial font too is DejaVu, so no unembedded standard font is named in the file.
        pdf = reportlab_canvas.Canvas(
            buffer, pagesize=page_size, invariant=True, initialFontName=regular
        )
        pdf.setAuthor(author)
        return cls(canvas=pdf, buffer=buffer)

    @contextmanager
    def tag(self, role, alt="", actual_text=""):
        """Content drawn inside belongs to one structure element of type ``role``; ``alt`` is a
        figure's text alternative, ``actual_text`` the words of text wrapped over lines."""
        self.elements.append(_Element(role, self.page, self._mcid, alt, actual_text))
        self.canvas._code.append(f"/{role} <</MCID {self._mcid}>> BDC")
        self._mcid += 1
        yield self.canvas
        self.canvas._code.append("EMC")

    @contextmanager
    def artifact(self):
        """Content drawn inside is decoration (backgrounds, bullets): not read aloud."""
        self.canvas._code.append("/Artifact BMC")
        yield self.canvas
        self.canvas._code.append("EMC")

    def text_lines(self, role, lines, x, y, font, size, leading, color=None):
        """Draw ``lines`` from baseline ``y`` down, as one ``role`` element; returns the next y."""
        with self.tag(role, actual_text=" ".join(lines)) as pdf:
            if color is not None:
                pdf.setFillColor(color)
            pdf.setFont(font, size)
            for line in lines:
                pdf.drawString(x, y, line)
                y -= leading
        return y

    def qr_code(self, data, x, y, size, alt, dark=None, light=None):
        """A QR code of ``data`` as a ``Figure`` with ``alt`` text, ``size`` points square with
        its quiet zone, lower-left corner at (x, y)."""

        matrix = segno.make(data, error="m", micro=False).matrix
        border = 4  # modules of quiet zone, as the standard asks
        module = size / (len(matrix) + 2 * border)
        with self.tag("Figure", alt=alt) as pdf:
            pdf.setFillColor(light or white)
            pdf.rect(x, y, size, size, stroke=0, fill=1)
            pdf.setFillColor(dark or black)
            for row, cells in enumerate(matrix):
                top = y + size - (border + row + 1) * module
                for column, cell in enumerate(cells):
                    if cell:
                        left = x + (border + column) * module
                        # A hair wider than a module, so no seam shows between dark modules.
                        pdf.rect(left, top, module + 0.05, module + 0.05, stroke=0, fill=1)

    def new_page(self):
        self.canvas.showPage()
        self.page += 1
        self._mcid = 0

    def finish(self, title, language):
        """The finished PDF as bytes: tagged, with ``/Lang`` ``language`` and ``/Title``."""
        self.canvas.setTitle(title)
        self.canvas.showPage()
        self.canvas.save()
        return add_structure(self.buffer.getvalue(), self.elements, title, language)


def add_structure(pdf_bytes, elements, title, language):
    """Add the structure tree for ``elements`` (drawn with MCIDs), /Lang and /Title."""

    pdf = pikepdf.open(io.BytesIO(pdf_bytes))
    root = pdf.make_indirect(Dictionary(Type=Name.StructTreeRoot))
    document = pdf.make_indirect(
        Dictionary(Type=Name.StructElem, S=Name.Document, P=root, K=Array(), Lang=String(language))
    )
    root.K = Array([document])
    by_page = {}  # page index -> struct elements in MCID order, for the parent tree
    current_list = None
    for element in elements:
        page = pdf.pages[element.page].obj
        if element.role == "LI":
            if current_list is None:
                current_list = pdf.make_indirect(
                    Dictionary(Type=Name.StructElem, S=Name.L, P=document, K=Array())
                )
                document.K.append(current_list)
            item = pdf.make_indirect(
                Dictionary(Type=Name.StructElem, S=Name.LI, P=current_list, K=Array())
            )
            current_list.K.append(item)
            parent, role = item, Name.LBody
        else:
            current_list = None
            parent, role = document, Name("/" + element.role)
        node = pdf.make_indirect(
            Dictionary(Type=Name.StructElem, S=role, P=parent, Pg=page, K=element.mcid)
        )
        if element.alt:
            node.Alt = String(element.alt)
        if element.actual_text:
            node.ActualText = String(element.actual_text)
        parent.K.append(node)
        by_page.setdefault(element.page, []).append(node)
    nums = Array()
    for index, page in enumerate(pdf.pages):
        page.obj.StructParents = index
        page.obj.Tabs = Name.S
        nums.append(index)
        nums.append(pdf.make_indirect(Array(by_page.get(index, []))))
    root.ParentTree = pdf.make_indirect(Dictionary(Nums=nums))
    root.ParentTreeNextKey = len(pdf.pages)
    pdf.Root.StructTreeRoot = root
    pdf.Root.MarkInfo = Dictionary(Marked=True)
    pdf.Root.Lang = String(language)
    pdf.Root.ViewerPreferences = Dictionary(DisplayDocTitle=True)
    pdf.docinfo[Name.Title] = String(title)
    with pdf.open_metadata(set_pikepdf_as_editor=False) as metadata:
        metadata["dc:title"] = title
        metadata["dc:language"] = [language]
    output = io.BytesIO()
    pdf.save(output)
    return output.getvalue()
