"""Tickets: a booking's reference as a QR code, and reading one at the door.

The QR code holds the reference only (8 letters and digits, as printed under it), so a code
typed by hand and a code scanned are the same thing. It is drawn on the server (segno): an SVG
on the booking page, a PNG attached to confirmation emails. At check-in the phone's browser
reads it with BarcodeDetector where it has one; otherwise it sends camera frames here and
``read_code`` reads them (zxing-cpp). ``ticket_scans.scan`` then says, loudly, what the
ticket is.
"""

import io

import segno
import zxingcpp
from PIL import Image, UnidentifiedImageError

MAX_FRAME_BYTES = 2_000_000
MAX_FRAME_PIXELS = 4_000_000


def _qr(reference):
    return segno.make(reference, error="m")


def qr_svg(reference, title):
    """An inline SVG of the reference's QR code, labelled for screen readers."""
    return _qr(reference).svg_inline(scale=6, border=4, title=title, svgclass="ticket-qr")


def qr_png(reference):
    buffer = io.BytesIO()
    _qr(reference).save(buffer, kind="png", scale=8, border=4)
    return buffer.getvalue()


def read_code(data):
    """The text of the first QR code in an image (bytes), or None. Refuses huge frames before
    decoding them."""
    if not data or len(data) > MAX_FRAME_BYTES:
        return None
    try:
        image = Image.open(io.BytesIO(data))
        if image.width * image.height > MAX_FRAME_PIXELS:
            return None
        image.load()
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError):
        return None
    found = zxingcpp.read_barcodes(image.convert("L"), formats=zxingcpp.BarcodeFormat.QRCode)
    return found[0].text if found else None
