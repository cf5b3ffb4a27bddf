"""Photos lose where and by whom they were taken when uploaded: no GPS, author, XMP or IPTC in
the stored original, its renditions or a document's preview; a sideways photo is turned upright."""

import io
import struct
from io import BytesIO

import pytest
from PIL import ExifTags, Image, PngImagePlugin

from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from wagtail.models import Collection

from actsite.image_metadata import carries_metadata
from actsite.models import SiteDocument, SiteImage
from tests.security.test_pdf_pages import hand_made_pdf

pytestmark = pytest.mark.django_db

PHOTOGRAPHER = "Jan Kowalski"
# Where the photo was taken: a refuge's address is exactly what must not be published.
GPS = {
    ExifTags.GPS.GPSLatitudeRef: "N",
    ExifTags.GPS.GPSLatitude: (51.0, 30.0, 26.0),
    ExifTags.GPS.GPSLongitudeRef: "W",
    ExifTags.GPS.GPSLongitude: (0.0, 7.0, 39.0),
}
XMP = (
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-'
    b'syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" '
    b'xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="51,30.4N">'
    b"<dc:creator>" + PHOTOGRAPHER.encode() + b"</dc:creator></rdf:Description></rdf:RDF>"
    b"</x:xmpmeta>"
)
PERSONAL = (PHOTOGRAPHER.encode(), b"51,30.4N", b"ns.adobe.com", b"Photoshop 3.0")


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def exif_with_location(orientation=6):
    exif = Image.Exif()
    exif[ExifTags.Base.Artist] = PHOTOGRAPHER
    exif[ExifTags.Base.Orientation] = orientation
    exif[ExifTags.IFD.GPSInfo] = GPS
    return exif


def iptc_segment():
    """An APP13 (Photoshop) segment with an IPTC by-line, as cameras and Lightroom write it."""
    by_line = b"\x1c\x02\x50" + struct.pack(">H", len(PHOTOGRAPHER)) + PHOTOGRAPHER.encode()
    resource = b"8BIM\x04\x04\x00\x00" + struct.pack(">I", len(by_line)) + by_line
    resource += b"\x00" * (len(resource) % 2)
    body = b"Photoshop 3.0\x00" + resource
    return b"\xff\xed" + struct.pack(">H", len(body) + 2) + body


def phone_photo():
    """An 800 x 600 JPEG as a phone stores a portrait photo: sideways, Orientation 6 (turn 90°
    clockwise to view), with GPS, the photographer's name, XMP and IPTC."""
    picture = Image.new("RGB", (800, 600), "white")
    picture.paste((200, 0, 0), (0, 0, 100, 600))  # a red band on the left, top once upright
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", exif=exif_with_location(), xmp=XMP, quality=90)
    jpeg = buffer.getvalue()
    return jpeg[:2] + iptc_segment() + jpeg[2:]  # right after the start-of-image marker


def png_with_author():
    picture = Image.new("RGB", (300, 200), "purple")
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", PHOTOGRAPHER)
    info.add_itxt("XML:com.adobe.xmp", XMP.decode())
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG", pnginfo=info, exif=exif_with_location(orientation=1))
    return buffer.getvalue()


def assert_no_personal_metadata(data):
    for secret in PERSONAL:
        assert secret not in data
    with Image.open(io.BytesIO(data)) as picture:
        exif = picture.getexif()
        assert ExifTags.IFD.GPSInfo not in exif and not exif.get_ifd(ExifTags.IFD.GPSInfo)
        assert ExifTags.Base.Artist not in exif
        assert ExifTags.Base.Orientation not in exif
        assert not {"xmp", "XML:com.adobe.xmp", "Author", "photoshop"} & picture.info.keys()
        return picture.size


def upload_image(client, name, content, title="Volunteers at the station"):
    return client.post(
        "/admin/images/add/",
        {
            "title": title,
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile(name, content),
        },
    )


def test_the_test_photo_really_carries_location_and_author():
    data = phone_photo()
    with Image.open(io.BytesIO(data)) as picture:
        exif = picture.getexif()
        assert exif.get_ifd(ExifTags.IFD.GPSInfo)[ExifTags.GPS.GPSLatitudeRef] == "N"
        assert exif[ExifTags.Base.Artist] == PHOTOGRAPHER
        assert "xmp" in picture.info and "photoshop" in picture.info
        assert picture.size == (800, 600)


def test_an_uploaded_photo_loses_location_and_author_and_is_turned_upright(admin_client):
    response = upload_image(admin_client, "station.jpg", phone_photo())
    assert response.status_code == 302
    image = SiteImage.objects.get()
    assert (image.width, image.height) == (600, 800)
    with image.open_file() as file:
        stored = file.read()
    assert image.file_size == len(stored)
    assert assert_no_personal_metadata(stored) == (600, 800)
    with Image.open(io.BytesIO(stored)) as picture:
        red, green, blue = picture.convert("RGB").getpixel((300, 20))
        assert red > 150 and green < 80  # the red band is now along the top

    rendition = image.get_rendition("width-400")
    assert (rendition.width, rendition.height) == (400, 533)
    with rendition.file.open("rb") as file:
        assert assert_no_personal_metadata(file.read()) == (400, 533)


def test_a_png_loses_its_author_text_and_exif(admin_client):
    response = upload_image(admin_client, "logo.png", png_with_author())
    assert response.status_code == 302
    image = SiteImage.objects.get()
    with image.open_file() as file:
        assert assert_no_personal_metadata(file.read()) == (300, 200)


def test_an_image_saved_in_code_loses_its_metadata_too():
    """Document previews and imported pictures are saved this way, not through a form."""
    image = SiteImage(title="Imported", file=ContentFile(phone_photo(), name="imported.jpg"))
    image.save()
    image.refresh_from_db()
    assert (image.width, image.height) == (600, 800)
    with image.open_file() as file:
        assert assert_no_personal_metadata(file.read()) == (600, 800)


def test_a_photo_uploaded_as_a_document_loses_its_metadata(admin_client):
    response = admin_client.post(
        "/admin/documents/add/",
        {
            "title": "Poster photo",
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile("poster.jpg", phone_photo()),
        },
    )
    assert response.status_code == 302
    document = SiteDocument.objects.get()
    with document.open_file() as file:
        stored = file.read()
    assert document.file_size == len(stored)
    assert assert_no_personal_metadata(stored) == (600, 800)


def test_a_document_preview_carries_no_metadata(admin_client):
    response = admin_client.post(
        "/admin/documents/add/",
        {
            "title": "Poster",
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile("poster.pdf", hand_made_pdf(595, 842)),
        },
    )
    assert response.status_code == 302
    preview = SiteDocument.objects.get().preview_image
    with preview.open_file() as file:
        data = file.read()
    assert assert_no_personal_metadata(data) == (600, 850)
    with Image.open(io.BytesIO(data)) as picture:
        assert not getattr(picture, "text", {})  # no PNG text chunks at all


def test_pictures_stored_before_stripping_are_cleaned_by_the_command(settings):
    """Images uploaded before this release kept their GPS: the command rewrites them once."""

    picture = Image.new("RGB", (40, 30), "red")
    exif = picture.getexif()
    exif[0x013B] = "Artist Name"  # Artist
    raw = BytesIO()
    picture.save(raw, format="JPEG", exif=exif)
    image = SiteImage(
        title="Old photo", collection=Collection.get_first_root_node(), width=40, height=30
    )
    # Stored first, as files uploaded long ago were: save() cleans only new files.
    image.file.save("old.jpg", ContentFile(raw.getvalue()), save=False)
    image.width, image.height = 40, 30
    image.save()
    with image.open_file() as stored:
        assert carries_metadata(stored)
    call_command("strip_image_metadata")
    image.refresh_from_db()
    with image.open_file() as stored:
        assert not carries_metadata(stored)
    call_command("strip_image_metadata")  # again: nothing left to do
