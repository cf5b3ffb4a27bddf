"""Factory helpers every area's factories build on."""

import factory

from django.utils.text import slugify

from wagtail.models import Locale, Page, Site


class PageFactory(factory.django.DjangoModelFactory):
    """Creates a Wagtail page under ``parent`` (default: the tree's root) and publishes it."""

    class Meta:
        abstract = True

    title = factory.Sequence(lambda n: f"Page {n}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))

    @classmethod
    def _create(cls, model_class, *args, parent=None, **kwargs):
        parent = parent or Page.get_first_root_node()
        kwargs.setdefault("locale", Locale.get_default())
        page = model_class(*args, **kwargs)
        parent.add_child(instance=page)
        page.save_revision().publish()
        page.refresh_from_db()
        return page


def make_site_root(page):
    """Make ``page`` the default site's root, removing Wagtail's placeholder welcome page."""

    site = Site.objects.get(is_default_site=True)
    previous = site.root_page
    site.root_page = page
    site.save()
    if previous.specific_class is Page and previous.is_leaf():
        previous.delete()
    return page


def list_block(values):
    """Form data for a ListBlock, to nest inside ``nested_form_data`` (as ``streamfield`` does)."""
    data = {
        str(i): {"value": value, "deleted": "", "order": str(i)} for i, value in enumerate(values)
    }
    data["count"] = str(len(values))
    return data
