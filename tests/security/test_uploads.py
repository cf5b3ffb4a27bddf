"""Uploads are allow-listed, size-limited and checked by content: a page renamed .pdf is refused."""

import io
import zipfile

import pytest

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


def office_file(member):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(member, "<xml/>")
    return buffer.getvalue()


def upload_document(client, name, content, title="Kitchen poster"):
    collection = Collection.get_first_root_node()
    return client.post(
        "/admin/documents/add/",
        {"title": title, "collection": collection.pk, "file": SimpleUploadedFile(name, content)},
    )


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
        ("notes.docx", office_file("[Content_Types].xml")),
        ("notes.odt", office_file("mimetype")),
    ],
)
def test_real_documents_are_accepted(admin_client, name, content):
    response = upload_document(admin_client, name, content)
    assert response.status_code == 302
    assert SiteDocument.objects.get().title == "Kitchen poster"


def test_refusal_explains_what_to_do(admin_client):
    response = upload_document(admin_client, "poster.pdf", HTML)
    assert "not a real PDF file" in response.context["form"].errors["file"][0]


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
