"""Uploaded files are what their names say: the whole structure is checked, not only the name.

An HTML page that starts with ``%PDF-`` and is named ``poster.pdf``, or any zip renamed
``.docx``, could run script in a visitor's browser or trick someone opening it, so a document
is accepted only if it really is a file of its extension's type: a PDF that PDFium can open and
has pages of a sane size, a Word or OpenDocument package with its main document, an image
Pillow can read.
"""

import zipfile
import zlib
from xml.etree import ElementTree

import pypdfium2
from PIL import Image

from django.core.exceptions import ValidationError

SIGNATURES = {
    "pdf": b"%PDF-",
    "png": b"\x89PNG\r\n\x1a\n",
    "jpg": b"\xff\xd8\xff",
    "jpeg": b"\xff\xd8\xff",
    "docx": b"PK\x03\x04",
    "odt": b"PK\x03\x04",
}
HEAD_BYTES = 1024

# The largest page Acrobat makes is 200 inches (14,400 points) a side; a roll-up banner is about
# 1:2.5. Anything beyond either is a mistake or an attempt to make the preview huge.
MAX_PAGE_SIDE_POINTS = 14400
MAX_PAGE_ASPECT_RATIO = 20

WORD_MAIN_PART = "/word/document.xml"
WORD_MAIN_CONTENT_TYPE = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
)
CONTENT_TYPES_NAMESPACE = "{http://schemas.openxmlformats.org/package/2006/content-types}"
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
# Real [Content_Types].xml files are a few kilobytes; reading stops here whatever the zip claims.
MAX_MEMBER_BYTES = 1024 * 1024
# What reading a damaged or hostile zip can raise.
ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    EOFError,
    NotImplementedError,
    RuntimeError,
    ValueError,
    OSError,
)


def extension_of(name):
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def check_document_content(uploaded):
    """Raise ValidationError unless ``uploaded`` is, all through, a file of its extension's type.

    ``uploaded`` is any Django File; its position is restored afterwards. The message says what
    is wrong and what to do, for the upload form.
    """
    extension = extension_of(uploaded.name)
    check = STRUCTURE_CHECKS.get(extension)
    if check is None:
        raise ValidationError(f"Files ending .{extension or '(none)'} cannot be uploaded.")
    uploaded.seek(0)
    try:
        head = uploaded.read(HEAD_BYTES)
        if not head.startswith(SIGNATURES[extension]) or _holds_markup(head):
            raise not_a_real(extension)
        uploaded.seek(0)
        check(uploaded, extension)
    finally:
        uploaded.seek(0)


# What a browser sniffing a file's first bytes takes for a web page. A real poster never
# starts with it; a "PDF" that does is a page in disguise (PDFium repairs around it).
MARKUP = (b"<html", b"<script", b"<body", b"<!doctype", b"<svg", b"<iframe", b"<head")


def _holds_markup(head):
    lowered = head.lower()
    return any(tag in lowered for tag in MARKUP)


def not_a_real(extension):
    return ValidationError(
        f"This file is not a real {extension.upper()} file, although its name ends "
        f".{extension}. Save or export it again as {extension.upper()} and upload that."
    )


def check_pdf(uploaded, extension="pdf"):
    """A PDF PDFium can open, with at least one page and every page a sane size."""

    try:
        pdf = pypdfium2.PdfDocument(uploaded.read())
    except pypdfium2.PdfiumError as error:
        if getattr(error, "err_code", None) == pypdfium2.raw.FPDF_ERR_PASSWORD:
            raise ValidationError(
                "This PDF is protected by a password, so visitors could not open it. "
                "Save it again without a password to open it and upload that."
            ) from error
        raise not_a_real(extension) from error
    try:
        if len(pdf) < 1:
            raise not_a_real(extension)
        for index in range(len(pdf)):
            check_page_size(*pdf.get_page_size(index), number=index + 1)
    finally:
        pdf.close()


def check_page_size(width, height, number=1):
    """Refuse a page (sizes in points) too big, too small or too long and narrow to be real."""
    shorter, longer = sorted((width, height))
    again = "Check the document's page size, export it again and upload that."
    if shorter < 1:
        raise ValidationError(f"Page {number} of this PDF has no size. {again}")
    if longer > MAX_PAGE_SIDE_POINTS:
        raise ValidationError(
            f"Page {number} of this PDF is too big: more than 200 inches on a side. {again}"
        )
    if longer > shorter * MAX_PAGE_ASPECT_RATIO:
        raise ValidationError(
            f"Page {number} of this PDF is too long and narrow: more than "
            f"{MAX_PAGE_ASPECT_RATIO} times as long as it is wide. {again}"
        )


def check_docx(uploaded, extension="docx"):
    """An Office Open XML package whose content types declare word/document.xml a Word body."""
    try:
        with zipfile.ZipFile(uploaded) as archive:
            names = set(archive.namelist())
            if not {"[Content_Types].xml", WORD_MAIN_PART.lstrip("/")} <= names:
                raise not_a_real(extension)
            content_types = _read_member(archive, "[Content_Types].xml")
    except ZIP_ERRORS as error:
        raise not_a_real(extension) from error
    if content_types is None or not _declares_word_document(content_types):
        raise not_a_real(extension)


def check_odt(uploaded, extension="odt"):
    """An OpenDocument package that says it is a text document, with its content."""
    try:
        with zipfile.ZipFile(uploaded) as archive:
            names = set(archive.namelist())
            if not {"mimetype", "content.xml"} <= names:
                raise not_a_real(extension)
            mimetype = _read_member(archive, "mimetype")
    except ZIP_ERRORS as error:
        raise not_a_real(extension) from error
    if mimetype is None or mimetype.strip() != ODT_MIMETYPE:
        raise not_a_real(extension)


def check_image(uploaded, extension):
    """A PNG or JPEG that Pillow can read through."""

    try:
        with Image.open(uploaded) as image:
            if image.format not in ("PNG", "JPEG", "MPO"):  # phones' JPEGs open as MPO
                raise not_a_real(extension)
            image.verify()
    except ValidationError:
        raise
    except Exception as error:  # Pillow raises many kinds of error for a damaged file
        raise not_a_real(extension) from error


STRUCTURE_CHECKS = {
    "pdf": check_pdf,
    "docx": check_docx,
    "odt": check_odt,
    "png": check_image,
    "jpg": check_image,
    "jpeg": check_image,
}


def _read_member(archive, name):
    """The member's bytes, or None if it is larger than any real one (a zip bomb, say)."""
    with archive.open(name) as member:
        data = member.read(MAX_MEMBER_BYTES + 1)
    return data if len(data) <= MAX_MEMBER_BYTES else None


def _declares_word_document(content_types):
    # Real content types never have a DTD; refusing one rules out entity expansion tricks.
    if b"<!DOCTYPE" in content_types or b"<!ENTITY" in content_types:
        return False
    try:
        types = ElementTree.fromstring(content_types)  # noqa: S314 (no DTD, size bounded)
    except ElementTree.ParseError:
        return False
    return any(
        override.get("PartName", "").lower() == WORD_MAIN_PART
        and override.get("ContentType") == WORD_MAIN_CONTENT_TYPE
        for override in types.iter(f"{CONTENT_TYPES_NAMESPACE}Override")
    )
