"""A tiny PDF cannot make the preview renderer allocate gigabytes: page sizes are checked on
upload and the preview's pixels are bounded whatever the page says."""

import pypdfium2
import pytest
from PIL import Image

from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.models import Collection

from actsite.models import SiteDocument

pytestmark = pytest.mark.django_db

# Generous for any real preview (600 px wide, at most 2000 px tall): a bitmap over this would
# have been a runaway allocation.
MOST_PIXELS_ALLOWED = 2000 * 2000


def hand_made_pdf(width, height):
    """A one-page PDF of a few hundred bytes whose page is ``width`` x ``height`` points."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents 4 0 R >>" % (width, height),
        b"<< /Length 24 >>\nstream\n0 0 1 rg 0 0 3 3 re f\nendstream",
    ]
    pdf = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(pdf)


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def bitmaps(monkeypatch):
    """Every bitmap the preview renderer asks pdfium for, as (width, height) in pixels.

    A request bigger than any real preview is recorded and refused instead of drawn, so a
    regression fails the test rather than exhausting the machine's memory."""
    requested = []
    render = pypdfium2.PdfPage.render

    def bounded_render(page, scale=1, **kwargs):
        width, height = page.get_width() * scale, page.get_height() * scale
        requested.append((round(width), round(height)))
        if width * height > MOST_PIXELS_ALLOWED:
            raise MemoryError(f"a {width:.0f} x {height:.0f} px bitmap was requested")
        return render(page, scale=scale, **kwargs)

    monkeypatch.setattr(pypdfium2.PdfPage, "render", bounded_render)
    return requested


def upload_pdf(client, content, title="Roll-up banner"):
    return client.post(
        "/admin/documents/add/",
        {
            "title": title,
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile("banner.pdf", content),
        },
    )


def test_the_hand_made_pdfs_are_small_and_real():
    pdf = hand_made_pdf(3, 2000)
    assert len(pdf) < 500
    document = pypdfium2.PdfDocument(pdf)
    assert document.get_page_size(0) == (3, 2000)
    document.close()


@pytest.mark.parametrize(("width", "height"), [(3, 2000), (3, 14400), (2000, 3), (14000, 20000)])
def test_absurd_page_sizes_are_refused_with_a_clear_reason(admin_client, bitmaps, width, height):
    response = upload_pdf(admin_client, hand_made_pdf(width, height))
    assert response.status_code == 200
    (error,) = response.context["form"].errors["file"]
    assert error.startswith("Page 1 of this PDF is too")
    assert 'value="Roll-up banner"' in response.content.decode()  # what was typed is kept
    assert not SiteDocument.objects.exists()
    assert bitmaps == []


def test_a_long_narrow_page_gets_a_preview_of_bounded_size(admin_client, bitmaps):
    response = upload_pdf(admin_client, hand_made_pdf(300, 5000))  # 1:16.7, a tall banner
    assert response.status_code == 302
    preview = SiteDocument.objects.get().preview_image
    assert preview is not None
    assert max(preview.width, preview.height) <= 2000
    assert preview.width * preview.height <= MOST_PIXELS_ALLOWED
    with preview.open_file() as file, Image.open(file) as picture:
        assert picture.size == (preview.width, preview.height)
    assert all(width * height <= MOST_PIXELS_ALLOWED for width, height in bitmaps)


def test_an_ordinary_poster_still_gets_its_600_pixel_preview(admin_client, bitmaps):
    response = upload_pdf(admin_client, hand_made_pdf(595, 842))  # A4
    assert response.status_code == 302
    preview = SiteDocument.objects.get().preview_image
    assert (preview.width, preview.height) == (600, 850)
