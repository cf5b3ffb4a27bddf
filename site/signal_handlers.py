"""Keep derived data in step with what editors upload."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.models import Page, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from actsite import furniture_cache
from actsite.document_previews import update_preview
from actsite.models import Helpline, SiteDocument


@receiver(post_save, sender=SiteDocument)
def make_document_preview(sender, instance, update_fields=None, raw=False, **kwargs):
    if raw or (update_fields and set(update_fields) <= {"preview_image", "preview_of_hash"}):
        return
    update_preview(instance)


@receiver(post_save, sender=Helpline)
@receiver(post_delete, sender=Helpline)
def forget_footer_helplines(sender, **kwargs):
    furniture_cache.forget_helplines()


@receiver(page_published)
@receiver(page_unpublished)
@receiver(page_slug_changed)
@receiver(post_page_move)
@receiver(post_delete)
@receiver(post_save, sender=Site)
def forget_navigation(sender, instance=None, **kwargs):
    """Any page published, unpublished, renamed, moved or deleted may be in a menu, and a site
    may change its root page."""
    if isinstance(instance, (Page, Site)):
        furniture_cache.forget_navigation()
