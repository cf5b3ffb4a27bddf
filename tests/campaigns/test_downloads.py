"""Downloads go through the serve view, are counted per resource and language, and store
nothing about the person."""

import pytest

from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from actsite.models import SiteDocument
from campaigns.downloads import top_downloads
from campaigns.models import DownloadCount
from tests.campaigns.factories import DocumentFactory, ResourcePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def poster(resource_index):
    return ResourcePageFactory(
        parent=resource_index, title="Station poster", languages=["en", "pl"]
    )


def download(client, resource, language):
    document = resource.files.get(language=language).document
    response = client.get(document.url, REMOTE_ADDR="203.0.113.7", HTTP_USER_AGENT="Secret/1.0")
    return document, response


def test_download_returns_the_real_pdf_inline_with_nosniff(client, poster):
    document, response = download(client, poster, "pl")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Disposition"].startswith("inline")
    body = b"".join(response.streaming_content)
    with document.open_file() as stored:
        assert body == stored.read()
    assert body.startswith(b"%PDF")


def test_files_that_are_not_pdfs_download_as_attachments(client, resource_index):
    document = DocumentFactory(file=ContentFile(b"PK\x03\x04 docx", name="flyer.docx"))
    response = client.get(document.url)
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"


def test_each_download_is_counted_per_resource_and_language(client, poster):
    download(client, poster, "pl")
    download(client, poster, "pl")
    download(client, poster, "en")
    month = timezone.localdate().replace(day=1)
    counts = dict(
        DownloadCount.objects.filter(resource=poster, month=month).values_list("language", "count")
    )
    assert counts == {"pl": 2, "en": 1}


def test_counting_stores_nothing_about_the_person(client, poster):
    _, response = download(client, poster, "pl")
    assert not response.cookies
    stored_fields = {field.name for field in DownloadCount._meta.get_fields()}
    assert stored_fields == {"id", "resource", "language", "month", "count"}
    values = [str(v) for v in DownloadCount.objects.values_list(flat=False).get()]
    assert not any("203.0.113.7" in v or "Secret" in v for v in values)


def test_a_document_used_by_no_resource_is_served_but_not_counted(client):
    document = DocumentFactory()
    assert client.get(document.url).status_code == 200
    assert not DownloadCount.objects.exists()


def test_top_downloads_this_month(client, resource_index, poster):
    other = ResourcePageFactory(parent=resource_index, title="Kitchen poster")
    download(client, poster, "pl")
    download(client, poster, "en")
    download(client, other, "en")
    assert [(row["resource__title"], row["total"]) for row in top_downloads()] == [
        ("Station poster", 2),
        ("Kitchen poster", 1),
    ]


def test_editors_see_download_counts_in_the_admin(admin_client, poster):
    download(admin_client, poster, "pl")
    response = admin_client.get("/admin/reports/downloads/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Station poster" in html and "<td>pl</td>" in html and "<td>1</td>" in html


def test_refused_upload_types_get_a_clear_message(admin_client):
    for name, content in (("page.html", b"<html></html>"), ("logo.svg", b"<svg/>")):
        response = admin_client.post(
            "/admin/documents/add/",
            {"title": name, "file": SimpleUploadedFile(name, content), "collection": 1},
        )
        assert response.status_code == 200
        assert "File extension “" in response.content.decode(), name
        assert "is not allowed" in response.content.decode(), name
        assert not SiteDocument.objects.filter(title=name).exists()
