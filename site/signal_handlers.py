"""Keep derived data in step with what editors upload, and the HTTP cache with what they
publish."""

from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver

from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

from actsite import purging
from actsite.document_previews import update_preview
from actsite.models import SiteDocument
from actsite.roles import grant_index_page_roles


@receiver(post_save, sender=SiteDocument)
def make_document_preview(sender, instance, update_fields=None, raw=False, **kwargs):
    if raw or (update_fields and set(update_fields) <= {"preview_image", "preview_of_hash"}):
        return
    update_preview(instance)


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def purge_page_and_listings(sender, instance, **kwargs):
    """A page went live, came down or moved: it and every page listing it, in every language."""
    purging.purge_page_and_listings(instance)


@receiver(pre_page_move)
def purge_old_addresses(sender, instance, **kwargs):
    """A page about to move: its old addresses, and its descendants', leave the cache."""
    for page in [instance, *instance.get_descendants().live().specific()]:
        purging.purge_page_and_listings(page)


@receiver(pre_delete)
def purge_deleted_page(sender, instance, **kwargs):
    """A page about to be deleted (each descendant is deleted, and signalled, on its own)."""
    # Django signals the specific page and its base Page row: purge once, for the former.
    if isinstance(instance, Page) and type(instance) is instance.specific_class:
        purging.purge_page_and_listings(instance)


@receiver(post_save)
@receiver(post_delete)
def purge_every_page(sender, raw=False, **kwargs):
    """A snippet or setting that public pages show (helplines, the footer...) changed."""
    if not raw and sender in purging.public_content_models():
        purging.purge_everything()


@receiver(post_save)
def give_roles_their_index_pages(sender, instance, created, raw=False, **kwargs):
    """A new index page that an app gives roles on (``register_role_pages``) gets its roles'
    page permissions and, where asked, the approval workflow."""
    if created and not raw and isinstance(instance, Page):
        grant_index_page_roles(instance)
