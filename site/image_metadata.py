"""Uploaded pictures keep their pixels, not where, when or by whom they were taken.

A phone photo carries its GPS position, the camera owner's name and more in EXIF, XMP and IPTC;
published as it is, a photo taken at a refuge gives away the refuge. Every picture the site
stores (images, PNG and JPEG documents, document previews) is written again from its pixels
with none of that; a photo stored sideways is turned upright first, as the tag saying so goes.
"""

import io

from PIL import ExifTags, Image, ImageSequence, JpegImagePlugin

# What a picture needs to look the same: colours, transparency and animation. Nothing else in
# Pillow's ``info`` (exif, xmp, photoshop/IPTC, comment, PNG text chunks, dates) is written back.
KEPT_INFO = ("icc_profile", "transparency", "duration", "loop", "background", "disposal", "blend")
# Formats written back as they came; each maps to the format Pillow writes.
FORMATS = {
    "JPEG": "JPEG",
    "MPO": "JPEG",
    "PNG": "PNG",
    "GIF": "GIF",
    "WEBP": "WEBP",
    "AVIF": "AVIF",
}
# Formats whose extra frames are part of the picture (animations), not a depth map or preview.
ANIMATED_FORMATS = {"PNG", "GIF", "WEBP"}
# How to turn the stored pixels upright for each EXIF Orientation value.
UPRIGHT = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
LOSSY_QUALITY = 90


# What picture.info may hold that says something about the picture's author, place or making.
TELLING_INFO = {"exif", "xmp", "XML:com.adobe.xmp", "photoshop", "comment", "Author", "Comment"}


def carries_metadata(file):
    """Whether the picture in ``file`` holds EXIF, XMP, IPTC, comments or text chunks (what
    :func:`without_metadata` removes). ``file``'s position is restored to the start."""
    file.seek(0)
    try:
        with Image.open(file) as picture:
            text = getattr(picture, "text", {}) or {}
            return bool(picture.getexif()) or bool(TELLING_INFO & set(picture.info)) or bool(text)
    except OSError:
        return False
    finally:
        file.seek(0)


def without_metadata(file):
    """The picture in ``file`` (any file object) as bytes of the same format, upright, with no
    EXIF, XMP, IPTC, comments or text chunks; None if it is not a format this module writes.

    JPEGs are written with their own quantisation tables, so quality is what it was.
    ``file``'s position is restored to the start.
    """
    file.seek(0)
    try:
        with Image.open(file) as picture:
            output_format = FORMATS.get(picture.format)
            if output_format is None:
                return None
            options = _save_options(picture, output_format, file)
            upright = UPRIGHT.get(picture.getexif().get(ExifTags.Base.Orientation))
            frames = [_clean_copy(frame, upright) for frame in _frames(picture)]
    finally:
        file.seek(0)
    if len(frames) > 1:
        options.update(save_all=True, append_images=frames[1:])
    output = io.BytesIO()
    frames[0].save(output, format=output_format, **options)
    return output.getvalue()


def _frames(picture):
    if picture.format in ANIMATED_FORMATS and getattr(picture, "n_frames", 1) > 1:
        return ImageSequence.Iterator(picture)
    return [picture]


def _clean_copy(frame, upright):
    clean = frame.transpose(upright) if upright else frame.copy()
    clean.info = {key: frame.info[key] for key in KEPT_INFO if key in frame.info}
    return clean


def _save_options(picture, output_format, file):
    options = {}
    if "icc_profile" in picture.info:
        options["icc_profile"] = picture.info["icc_profile"]
    if output_format == "JPEG":
        options["qtables"] = picture.quantization
        sampling = JpegImagePlugin.get_sampling(picture)
        if sampling != -1:
            options["subsampling"] = sampling
    elif output_format == "WEBP":
        if _is_lossless_webp(file):  # a lossless WebP stays lossless
            options["lossless"] = True
        else:
            options["quality"] = LOSSY_QUALITY
    elif output_format == "AVIF":
        options["quality"] = LOSSY_QUALITY
    return options


def _is_lossless_webp(file):
    """Whether the first frame of a WebP is stored losslessly (a VP8L chunk, not VP8)."""
    file.seek(12)  # past "RIFF", the size and "WEBP": then chunks of fourcc, size, data
    while len(header := file.read(8)) == 8:
        fourcc, size = header[:4], int.from_bytes(header[4:], "little")
        if fourcc in (b"VP8L", b"VP8 "):
            return fourcc == b"VP8L"
        if fourcc == b"ANMF":
            file.seek(16, io.SEEK_CUR)  # an animation frame's header; its image chunks follow
            continue
        file.seek(size + size % 2, io.SEEK_CUR)
    return False
