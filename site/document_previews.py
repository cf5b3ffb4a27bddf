"""Pictures of the first page of uploaded PDFs, shown beside posters and flyers."""

import io
import logging

import pypdfium2

from django.core.files.images import ImageFile

from actsite.models import SiteImage

logger = logging.getLogger(__name__)

PREVIEW_WIDTH = 600
# However long and narrow a page is, its preview is never taller than this: the bitmap is
# allocated before anything is drawn, so its size must come from limits, not from the file.
PREVIEW_MAX_SIDE = 2000


def preview_scale(page_width, page_height, width=PREVIEW_WIDTH, max_side=PREVIEW_MAX_SIDE):
    """Pixels per point for a preview ``width`` pixels wide, or narrower so that neither side
    exceeds ``max_side`` pixels: at most ``width`` x ``max_side`` pixels whatever the page size."""
    if page_width <= 0 or page_height <= 0:
        raise ValueError(f"The page has no size ({page_width} x {page_height} points).")
    return min(width / page_width, max_side / page_height, max_side / page_width)


def render_first_page(pdf_file, width=PREVIEW_WIDTH):
    """Render page 1 of a PDF file object to PNG bytes ``width`` pixels wide (narrower for a
    page so long that it would be more than PREVIEW_MAX_SIDE pixels tall)."""

    pdf_file.seek(0)
    pdf = pypdfium2.PdfDocument(pdf_file.read())
    try:
        page = pdf[0]
        bitmap = page.render(scale=preview_scale(page.get_width(), page.get_height(), width))
        output = io.BytesIO()
        bitmap.to_pil().convert("RGB").save(output, format="PNG", compress_level=3)
        return output.getvalue()
    finally:
        pdf.close()


def update_preview(document):
    """Give a PDF document a preview image of its first page, unless it already shows this file.

    Returns the preview image, or None for files that are not PDFs or cannot be read (the
    document itself stays usable; the resource then shows no preview).
    """

    if document.file_extension.lower() != "pdf":
        return None
    file_hash = document.get_file_hash()
    if document.preview_image_id and document.preview_of_hash == file_hash:
        return document.preview_image
    try:
        with document.open_file() as pdf_file:
            png = render_first_page(pdf_file)
    except Exception:  # a damaged or encrypted PDF must not break the upload
        logger.warning("Could not render a preview of document %s", document.pk, exc_info=True)
        return None
    image = SiteImage(
        title=f"Preview: {document.title}"[:255],
        description=f"First page of {document.title}"[:255],
        collection=document.collection,
        file=ImageFile(io.BytesIO(png), name=f"preview-{document.pk}.png"),
    )
    image.save()
    old_preview = document.preview_image
    document.preview_image = image
    document.preview_of_hash = file_hash
    document.save(update_fields=["preview_image", "preview_of_hash"])
    if old_preview:
        old_preview.delete()
    return image
