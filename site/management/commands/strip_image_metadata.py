"""manage.py strip_image_metadata: clean pictures uploaded before metadata was stripped.

New uploads lose their location, author and other metadata as they are saved
(``actsite.image_metadata``). This rewrites every stored original that still carries some,
and deletes its renditions so they are made again from the clean file. Run once after
upgrading; running it again changes nothing.
"""

import io
import os

from django.core.files.images import ImageFile
from django.core.management.base import BaseCommand

from wagtail.images import get_image_model

from actsite.image_metadata import carries_metadata


class Command(BaseCommand):
    help = "Strip location, author and other metadata from images stored before it was done."

    def handle(self, *args, **options):
        cleaned = 0
        for image in get_image_model().objects.all().iterator():
            with image.open_file() as stored:
                if not carries_metadata(stored):
                    continue
                content = stored.read()
            old_name = image.file.name
            # Saved as a new file: SiteImage.save strips it (actsite.image_metadata).
            image.file = ImageFile(io.BytesIO(content), name=os.path.basename(old_name))
            image.save()
            image.file.storage.delete(old_name)
            image.renditions.all().delete()
            cleaned += 1
        self.stdout.write(f"Cleaned {cleaned} images.")
