import functools
import io
from datetime import timedelta

import factory
from PIL import Image

from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.utils import timezone

from wagtail.models import Collection, Locale

from actsite.models import SiteDocument, SiteImage, WorkplaceSetting
from campaigns.demo.pdfs import make_poster
from campaigns.models import (
    CampaignIndexPage,
    CampaignPage,
    EventIndexPage,
    EventPage,
    ResourceFile,
    ResourceIndexPage,
    ResourcePage,
)
from tests.factories import PageFactory


@functools.cache
def poster_pdf(heading="Is someone being exploited?"):
    """A real one-page PDF (cached: drawing it is the slow part)."""
    return make_poster("Test poster", heading, ["A sign"], "Call free:", "Call 999.", "a4")


def tiny_png():
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "purple").save(buffer, format="PNG")
    return buffer.getvalue()


class DocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SiteDocument

    title = factory.Sequence(lambda n: f"Poster file {n}")
    file = factory.LazyAttribute(lambda d: ContentFile(poster_pdf(), name="poster.pdf"))
    collection = factory.LazyFunction(Collection.get_first_root_node)


class ImageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SiteImage

    title = factory.Sequence(lambda n: f"Image {n}")
    description = "Volunteers putting up a poster at a station"
    file = factory.LazyFunction(lambda: ContentFile(tiny_png(), name="image.png"))
    collection = factory.LazyFunction(Collection.get_first_root_node)


class CampaignIndexPageFactory(PageFactory):
    class Meta:
        model = CampaignIndexPage

    title = "Campaigns"
    slug = "campaigns"


class ResourceIndexPageFactory(PageFactory):
    class Meta:
        model = ResourceIndexPage

    title = "Posters and flyers"
    slug = "resources"


def settings_named(*slugs):
    """The original (default-locale) settings with these slugs, not their translations."""
    return list(WorkplaceSetting.objects.filter(slug__in=slugs, locale=Locale.get_default()))


class CampaignPageFactory(PageFactory):
    """Pass ``workplace_settings=settings_named("transport")``: modelcluster sets the M2M."""

    class Meta:
        model = CampaignPage

    title = factory.Sequence(lambda n: f"Campaign {n}")
    summary = "Spot the signs where you work."
    body = factory.LazyFunction(lambda: [("paragraph", "<p>Look out for each other.</p>")])
    workplace_settings = factory.LazyFunction(lambda: settings_named("transport"))


class ResourcePageFactory(PageFactory):
    """Pass ``languages=["en", "pl"]`` for one real PDF per language."""

    class Meta:
        model = ResourcePage
        exclude = ["languages"]

    title = factory.Sequence(lambda n: f"Poster {n}")
    description = "For staff rooms."
    kind = "poster"
    paper_size = "a4"
    text_alternative = "<p>Is someone being exploited? Call 08000 121 700.</p>"
    workplace_settings = factory.LazyFunction(lambda: settings_named("transport"))
    languages = ("en",)
    files = factory.LazyAttribute(
        lambda page: [
            ResourceFile(language=code, document=DocumentFactory(title=f"{page.title} {code}"))
            for code in page.languages
        ]
    )


class EventIndexPageFactory(PageFactory):
    class Meta:
        model = EventIndexPage

    title = "Events"
    slug = "events"


def in_days(days, hour=18):
    moment = timezone.localtime() + timedelta(days=days)
    return moment.replace(hour=hour, minute=0, second=0, microsecond=0)


class EventPageFactory(PageFactory):
    class Meta:
        model = EventPage

    title = factory.Sequence(lambda n: f"Awareness evening {n}")
    summary = "Learn the signs of modern slavery."
    starts_at = factory.LazyFunction(lambda: in_days(10))
    ends_at = factory.LazyAttribute(lambda e: e.starts_at.replace(hour=20))
    venue_name = "Town Hall"
    venue_address = "The Headrow"
    capacity = 20
    max_places_per_booking = 4
    workplace_settings = factory.LazyFunction(lambda: settings_named("transport"))


def make_organiser(django_user_model, username):
    user = django_user_model.objects.create_user(username, f"{username}@example.org", "x" * 14)
    group, created = Group.objects.get_or_create(name="Test organisers")
    if created:
        group.permissions.add(
            Permission.objects.get(codename="access_admin"),
            Permission.objects.get(codename="view_booking"),
        )
    user.groups.add(group)
    return user
