"""Uploaded files are what their names say: the content is checked, not only the extension.

An HTML or SVG page renamed to ``poster.pdf`` could run script in a visitor's browser if it
were ever served inline, so every document's first bytes must match its extension's format.
"""

import zipfile

from django.core.exceptions import ValidationError

SIGNATURES = {
    "pdf": (b"%PDF-",),
    "png": (b"\x89PNG\r\n\x1a\n",),
    "jpg": (b"\xff\xd8\xff",),
    "jpeg": (b"\xff\xd8\xff",),
    "docx": (b"PK\x03\x04",),
    "odt": (b"PK\x03\x04",),
}
# What a real office file holds inside its zip.
ZIP_MEMBERS = {"docx": "[Content_Types].xml", "odt": "mimetype"}
HEAD_BYTES = 1024


def extension_of(name):
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def check_document_content(uploaded):
    """Raise ValidationError unless ``uploaded`` starts like a file of its extension's type.

    ``uploaded`` is any Django File; its position is restored afterwards.
    """
    extension = extension_of(uploaded.name)
    signatures = SIGNATURES.get(extension)
    if signatures is None:
        raise ValidationError(f"Files ending .{extension or '(none)'} cannot be uploaded.")
    uploaded.seek(0)
    head = uploaded.read(HEAD_BYTES)
    uploaded.seek(0)
    if not head.startswith(signatures) or not _zip_holds(uploaded, ZIP_MEMBERS.get(extension)):
        raise ValidationError(
            f"This file is not a real {extension.upper()} file, although its name ends "
            f".{extension}. Save or export it again as {extension.upper()} and upload that."
        )


def _zip_holds(uploaded, member):
    if member is None:
        return True
    try:
        with zipfile.ZipFile(uploaded) as archive:
            return member in archive.namelist()
    except zipfile.BadZipFile:
        return False
    finally:
        uploaded.seek(0)
