"""Keep derived data in step with what editors upload."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from wagtail.models import Page, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from actsite import furniture_cache, page_cache
from actsite.document_previews import update_preview
from actsite.models import Helpline, SiteDocument, SiteFurniture


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
@receiver(post_save, sender=SiteFurniture)
def forget_navigation(sender, instance=None, **kwargs):
    """Any page published, unpublished, renamed, moved or deleted may be in a menu or the footer,
    a site may change its root page and the site furniture the pages its footer links to."""
    if isinstance(instance, (Page, Site, SiteFurniture)):
        furniture_cache.forget_navigation()


# Saved often and never shown on a public page: changing them leaves cached pages valid.
# Anything not listed (pages, snippets, settings, documents, images, sites...) empties the cache.
PRIVATE_APPS = {"auth", "axes", "sessions", "contenttypes", "django_tasks_database",
                "wagtailadmin", "wagtailsearch", "wagtailusers", "wagtailforms",
                "wagtail_localize"}  # fmt: skip
PRIVATE_MODELS = {
    "actsite.personaldatarequest", "actsite.siteimagerendition", "wagtailimages.rendition",
    "campaigns.booking", "campaigns.bookingemail", "campaigns.eventseats",
    "campaigns.downloadcount", "campaigns.packrequest", "campaigns.packrequestitem",
    "courses.assignment", "courses.completion", "courses.department", "courses.learnerprofile",
    "courses.lessonview", "courses.quizattempt", "courses.trainingreminder",
    "wagtailcore.comment", "wagtailcore.commentreply", "wagtailcore.modellogentry",
    "wagtailcore.pagelogentry", "wagtailcore.pagesubscription", "wagtailcore.referenceindex",
    "wagtailcore.revision", "wagtailcore.taskstate", "wagtailcore.workflowstate",
    "wagtailcore.uploadedfile", "wagtailcore.apitoken",
    "wagtailsearchpromotions.query", "wagtailsearchpromotions.querydailyhits",
}  # fmt: skip


# Filled in by Wagtail the first time a file is shown; what pages show does not change.
DERIVED_FIELDS = {"file_size", "file_hash"}


def shown_publicly(model):
    meta = model._meta
    return meta.app_label not in PRIVATE_APPS and meta.label_lower not in PRIVATE_MODELS


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
@receiver(post_save)
@receiver(post_delete)
@receiver(m2m_changed)
def forget_cached_pages(sender, raw=False, update_fields=None, **kwargs):
    """Whatever public pages show has changed: cached pages are not served again."""
    if update_fields and set(update_fields) <= DERIVED_FIELDS:
        return
    if not raw and shown_publicly(sender):
        page_cache.content_changed()
