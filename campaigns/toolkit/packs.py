"""Building venue toolkits: the matching posters and flyers, zipped with a cover sheet.

``request_pack`` is what a view calls: it returns the pack for a choice, reusing one already
built from the same content (the key covers every file's hash and every page's revision),
building a small pack at once and a large one in the background task ``build_venue_pack``.
``build_pack`` does the work and records its progress on the ``VenuePack`` row.
"""

import hashlib
import io
import json
import logging
import zipfile
from dataclasses import dataclass
from datetime import timedelta

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone, translation

from wagtail.models import Locale

from actsite.models import SettingHubPage
from campaigns.models import ResourceFile, VenuePack

from .cover_sheet import cover_sheet_pdf

logger = logging.getLogger(__name__)

SMALL_PACK = 6  # files: built while the venue manager waits; larger packs in the background
STALLED_AFTER = timedelta(minutes=10)  # a build this old that never finished is started again
COVER_SHEET_NAME = "00-cover-sheet.pdf"


@dataclass(frozen=True)
class Choice:
    """What a venue manager picked: a workplace setting (the original, not a translation),
    resource language codes, paper sizes, and the language they read the site in."""

    setting: object
    languages: tuple
    sizes: tuple
    language: str


def matching_files(choice):
    """The library's files for ``choice``: live resources tagged with the setting, in the
    chosen sizes and languages, ordered by title then language."""
    return list(
        ResourceFile.objects.filter(
            page__live=True,
            page__locale=Locale.get_default(),
            page__workplace_settings=choice.setting,
            page__paper_size__in=choice.sizes,
            language__in=choice.languages,
        )
        .select_related("page", "document")
        .order_by("page__title", "page_id", "language")
    )


def localized(instance, language):
    """``instance`` (a page or snippet) in ``language`` where translated, else itself."""
    locale = Locale.objects.filter(language_code=language).first()
    translated = instance.get_translation_or_none(locale) if locale else None
    if translated is None or not getattr(translated, "live", True):
        return instance
    return translated


def setting_hub(setting, language):
    """The setting's hub page in ``language`` where translated, else the original."""
    hub = SettingHubPage.objects.live().filter(workplace_setting=setting).first()
    return localized(hub, language).specific if hub else None


def places_to_look(hub):
    """The "where to look" places of the hub's "spot the signs" blocks."""
    places = []
    for block in hub.body if hub else []:
        if block.block_type == "spot_the_signs":
            places.extend(str(place) for place in block.value["where_to_look"])
    return places


def pack_key(choice, files, hub):
    """A key for the choice and the exact content it would be built from."""
    content = [
        [f.page_id, f.page.latest_revision_id, f.language, f.document_id, f.document.file_hash]
        for f in files
    ]
    data = {
        "setting": choice.setting.pk,
        "languages": sorted(choice.languages),
        "sizes": sorted(choice.sizes),
        "language": choice.language,
        "hub": hub.latest_revision_id if hub else None,
        "content": content,
    }
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()


def request_pack(choice):
    """The ``VenuePack`` for ``choice``: one already built (or being built) from the same
    content, or a new one. A new small pack is ready on return; a large one is queued."""
    from campaigns.tasks import build_venue_pack  # noqa: PLC0415 - tasks imports this module

    files = matching_files(choice)
    key = pack_key(choice, files, setting_hub(choice.setting, choice.language))
    pack, created = VenuePack.objects.get_or_create(
        key=key,
        defaults={
            "setting": choice.setting,
            "languages": ",".join(sorted(choice.languages)),
            "sizes": ",".join(sorted(choice.sizes)),
            "language": choice.language,
            "total": len(files),
        },
    )
    stalled = (
        pack.status == VenuePack.Status.BUILDING
        and pack.created_at < timezone.now() - STALLED_AFTER
    )
    if not (created or stalled or pack.status == VenuePack.Status.FAILED):
        return pack
    if not created:
        VenuePack.objects.filter(pk=pack.pk).update(
            status=VenuePack.Status.BUILDING, done=0, created_at=timezone.now()
        )
    if len(files) <= SMALL_PACK:
        build_pack(pack.pk)
    else:
        transaction.on_commit(lambda: build_venue_pack.enqueue(pack.pk))
    pack.refresh_from_db()
    return pack


def archive_name(resource_file):
    """The file's name in the ZIP, e.g. ``poster/kitchen-poster-a3-pl.pdf``."""
    page = resource_file.page
    return f"{page.kind}/{page.slug}-{page.paper_size}-{resource_file.language}.pdf"


def remove_superseded(pack):
    """Delete the packs of the same choice built from older content, files and all."""
    older = VenuePack.objects.filter(
        setting=pack.setting,
        languages=pack.languages,
        sizes=pack.sizes,
        language=pack.language,
        created_at__lt=pack.created_at,
    ).exclude(pk=pack.pk)
    for old in older:
        if old.file:
            old.file.delete(save=False)
        old.delete()


def build_pack(pack_id):
    """Build the pack's ZIP: the cover sheet, then each matching file as stored in the
    library. Records progress as it goes; on failure the pack is marked failed (a later
    request builds it again) and the error logged."""
    pack = VenuePack.objects.select_related("setting").get(pk=pack_id)
    if pack.status == VenuePack.Status.READY:
        return pack
    choice = Choice(pack.setting, tuple(pack.language_list), tuple(pack.size_list), pack.language)
    try:
        files = matching_files(choice)
        VenuePack.objects.filter(pk=pack.pk).update(total=len(files), done=0)
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            with translation.override(choice.language):
                cover = cover_sheet_pdf(
                    localized(choice.setting, choice.language),
                    files,
                    places_to_look(setting_hub(choice.setting, choice.language)),
                    choice.language,
                )
            archive.writestr(COVER_SHEET_NAME, cover)
            for done, resource_file in enumerate(files, start=1):
                with resource_file.document.open_file() as stored:
                    archive.writestr(archive_name(resource_file), stored.read())
                VenuePack.objects.filter(pk=pack.pk).update(done=done)
        pack.refresh_from_db()
        pack.file.save(f"{pack.key[:32]}.zip", ContentFile(buffer.getvalue()), save=False)
        pack.status, pack.finished_at = VenuePack.Status.READY, timezone.now()
        pack.save(update_fields=["file", "status", "finished_at"])
        remove_superseded(pack)
    except Exception:
        logger.exception("Could not build venue toolkit %s", pack.pk)
        VenuePack.objects.filter(pk=pack.pk).update(status=VenuePack.Status.FAILED)
    return pack
