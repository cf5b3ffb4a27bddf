"""Keep derived data in step with what editors upload."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from actsite.document_previews import update_preview
from actsite.models import SiteDocument


@receiver(post_save, sender=SiteDocument)
def make_document_preview(sender, instance, update_fields=None, raw=False, **kwargs):
    if raw or (update_fields and set(update_fields) <= {"preview_image", "preview_of_hash"}):
        return
    update_preview(instance)
