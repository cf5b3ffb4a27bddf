"""Uploads are allow-listed, size-limited and checked by content: a page renamed .pdf is refused."""

import io
import zipfile
from io import BytesIO

import pytest
from reportlab.pdfgen import canvas

from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.models import Collection

from actsite.models import SiteDocument, SiteImage
from tests.campaigns.factories import poster_pdf, tiny_png

pytestmark = pytest.mark.django_db

HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


POLYGLOT = b"%PDF-1.4\n<html><body><script>alert(document.cookie)</script></body></html>\n%%EOF"
WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
CONTENT_TYPES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="{WORD_MAIN}"/>
</Types>"""
PACKAGE_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Target="word/document.xml"
 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>
</Relationships>"""
WORD_DOCUMENT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:body><w:p><w:r><w:t>Spot the signs of exploitation.</w:t></w:r></w:p></w:body>
</w:document>"""
ODT_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 office:version="1.2"><office:body><office:text/></office:body></office:document-content>"""


def office_file(members):
    """A zip holding ``members`` ({name: text}), stored in the order given."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in members.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def real_docx():
    """The smallest package Word opens: content types, the package relationships, the body."""
    return office_file(
        {
            "[Content_Types].xml": CONTENT_TYPES,
            "_rels/.rels": PACKAGE_RELS,
            "word/document.xml": WORD_DOCUMENT,
        }
    )


def real_odt():
    return office_file(
        {"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": ODT_CONTENT}
    )


def upload_document(client, name, content, title="Kitchen poster"):
    collection = Collection.get_first_root_node()
    return client.post(
        "/admin/documents/add/",
        {"title": title, "collection": collection.pk, "file": SimpleUploadedFile(name, content)},
    )


def disguised_real_pdf():
    """A PDF PDFium opens happily, with a web page tucked in after its header."""

    out = BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 720, "Spot the signs")
    page.save()
    header, rest = out.getvalue().split(b"\n", 1)
    return header + b"\n<html><body><script>alert(document.cookie)</script></body></html>\n" + rest


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("poster.pdf", HTML),
        ("poster.pdf", SVG),
        ("poster.pdf", b""),
        ("poster.png", HTML),
        ("poster.docx", b"PK\x03\x04 not really a zip"),
        ("poster.docx", HTML),
        ("poster.html", HTML),
        ("poster.svg", SVG),
        ("poster", poster_pdf()),
        ("poster.pdf", POLYGLOT),
        ("poster.pdf", disguised_real_pdf()),
        ("poster.pdf", b"%PDF-1.4\n%%EOF"),
        ("notes.docx", office_file({"[Content_Types].xml": CONTENT_TYPES})),
        ("notes.docx", office_file({"[Content_Types].xml": "<Types/>", "word/document.xml": ""})),
        ("notes.docx", real_odt()),
        ("notes.odt", office_file({"mimetype": "<xml/>"})),
        ("notes.odt", office_file({"mimetype": "application/vnd.oasis.opendocument.spreadsheet"})),
        ("notes.odt", real_docx()),
    ],
)
def test_document_whose_content_does_not_match_its_name_is_refused(admin_client, name, content):
    response = upload_document(admin_client, name, content)
    assert response.status_code == 200  # the form again, with the reason
    assert response.context["form"].errors["file"]
    assert 'value="Kitchen poster"' in response.content.decode()  # what was typed is kept
    assert not SiteDocument.objects.exists()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("poster.pdf", poster_pdf()),
        ("poster.PNG", tiny_png()),
        ("notes.docx", real_docx()),
        ("notes.odt", real_odt()),
    ],
)
def test_real_documents_are_accepted(admin_client, name, content):
    response = upload_document(admin_client, name, content)
    assert response.status_code == 302
    assert SiteDocument.objects.get().title == "Kitchen poster"


def test_refusal_explains_what_to_do(admin_client):
    response = upload_document(admin_client, "poster.pdf", HTML)
    assert "not a real PDF file" in response.context["form"].errors["file"][0]


def test_a_pdf_that_is_really_a_web_page_is_refused_with_a_reason(admin_client):
    response = upload_document(admin_client, "x.pdf", POLYGLOT)
    assert response.status_code == 200
    assert "not a real PDF file" in response.context["form"].errors["file"][0]
    assert 'value="Kitchen poster"' in response.content.decode()


def test_a_zip_named_docx_without_a_word_document_is_refused_with_a_reason(admin_client):
    response = upload_document(
        admin_client, "notes.docx", office_file({"[Content_Types].xml": CONTENT_TYPES})
    )
    assert response.status_code == 200
    assert "not a real DOCX file" in response.context["form"].errors["file"][0]


def test_multiple_upload_checks_content_too(admin_client):
    response = admin_client.post(
        "/admin/documents/multiple/add/",
        {"files[]": SimpleUploadedFile("poster.pdf", HTML)},
    )
    assert response.json()["success"] is False
    assert not SiteDocument.objects.exists()


def test_documents_over_the_size_limit_are_refused(admin_client, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1000
    response = upload_document(admin_client, "poster.pdf", poster_pdf())
    assert response.context["form"].errors["file"]
    assert not SiteDocument.objects.exists()


@pytest.mark.parametrize(("name", "content"), [("photo.png", HTML), ("logo.svg", SVG)])
def test_images_must_really_be_images_and_never_svg(admin_client, name, content):
    response = admin_client.post(
        "/admin/images/add/",
        {
            "title": "Photo",
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile(name, content),
        },
    )
    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    assert not SiteImage.objects.exists()
