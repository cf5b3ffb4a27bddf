from django.db.models.signals import post_save
from django.dispatch import receiver

from wagtail.documents.models import document_served

from actsite.roles import PAGE_PERMISSIONS, grant_index_page_roles
from campaigns.downloads import record_download


@receiver(document_served)
def count_resource_download(sender, instance, request, **kwargs):
    record_download(instance)


@receiver(post_save)
def give_roles_their_index_pages(sender, instance, created, raw=False, **kwargs):
    """A new campaigns, resources or events index gets its roles' permissions and workflow."""
    if created and not raw and sender._meta.label_lower in PAGE_PERMISSIONS:
        grant_index_page_roles(instance)
