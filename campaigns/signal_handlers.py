from django.dispatch import receiver

from wagtail.documents.models import document_served

from campaigns.downloads import record_download


@receiver(document_served)
def count_resource_download(sender, instance, request, **kwargs):
    record_download(instance)
