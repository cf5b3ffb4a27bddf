"""Build the demo campaigns and the poster and flyer library. Creates only what is missing."""

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape

from wagtail.models import Collection, Locale

from actsite.demo import text as site_text
from actsite.demo.loaders import publish_child
from actsite.models import Helpline, HomePage, SiteDocument, WorkplaceSetting
from actsite.roles import CAMPAIGN_COLLECTION
from campaigns.models import (
    CampaignIndexPage,
    CampaignPage,
    CampaignPartner,
    EventIndexPage,
    ResourceFile,
    ResourceIndexPage,
    ResourcePage,
)
from campaigns.scans import scan_url

from . import pdfs, text
from .events import ensure_events
from .roles import attach_demo_users


def ensure_index(home, model, slug, title, intro):
    existing = model.objects.child_of(home).first()
    if existing:
        return existing
    return publish_child(
        home, model(title=title, slug=slug, intro=intro, locale=home.locale, show_in_menus=True)
    )


def ensure_collection(name):
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=name).first()
    return existing or root.add_child(name=name)


def signs_for(setting_slug):
    return next(hub for hub in site_text.HUBS if hub["slug"] == setting_slug)["signs"]


def ensure_campaigns(index, workplace_settings, helpline):
    today = timezone.localdate()
    campaigns = {}
    for n, data in enumerate(text.CAMPAIGNS):
        existing = CampaignPage.objects.child_of(index).filter(slug=data["slug"]).first()
        if existing:
            campaigns[data["slug"]] = existing
            continue
        body = [
            ("paragraph", f"<p>{escape(data['summary'])}</p>"),
            (
                "spot_the_signs",
                {
                    "heading": "Spot the signs",
                    "where_to_look": data["where"],
                    "what_to_look_for": data["signs"],
                    "who_might_notice": data["who"],
                },
            ),
            ("quote", {"quote": data["quote"], "attribution": data["attribution"]}),
            ("helpline", {"heading": "Worried about someone?", "text": "", "helpline": helpline}),
            (
                "accordion",
                {
                    "heading": "Questions people ask",
                    "items": [{"question": q, "answer": a} for q, a in text.FAQ],
                },
            ),
        ]
        page = CampaignPage(
            title=data["title"],
            slug=data["slug"],
            locale=index.locale,
            summary=data["summary"],
            starts_on=today.replace(day=1),
            ends_on=None if n % 2 else today.replace(year=today.year + 1, day=1),
            body=body,
            search_description=data["summary"][:255],
        )
        page.workplace_settings.set([workplace_settings[slug] for slug in data["settings"]])
        page.partners = [CampaignPartner(name=name, website=url) for name, url in text.PARTNERS]
        campaigns[data["slug"]] = publish_child(index, page)
    return campaigns


def make_document(collection, resource, language, signs):
    """The resource's PDF in ``language``: titled in that language, with its QR code."""
    heading, helpline_intro, emergency = text.POSTER_PHRASES[language]
    lines = signs if language == "en" else []
    pdf = pdfs.make_poster(
        heading,
        heading,
        lines,
        helpline_intro,
        emergency,
        resource.paper_size,
        language=language,
        qr_url=scan_url(resource.pk, language),
        qr_caption=text.QR_CAPTIONS[language],
    )
    document = SiteDocument(title=f"{resource.title} ({language})", collection=collection)
    name = f"{resource.title[:40]}-{language}.pdf".replace(" ", "-")
    document.file.save(name, ContentFile(pdf))
    return document  # saving the file saved the document, which made its preview


def text_alternative(title, signs):
    heading, helpline_intro, emergency = text.POSTER_PHRASES["en"]
    items = "".join(f"<li>{escape(sign)}</li>" for sign in signs)
    return (
        f"<h2>{escape(heading)}</h2><ul>{items}</ul>"
        f"<p>{escape(helpline_intro)} 08000 121 700.</p><p>{escape(emergency)}</p>"
    )


def file_text_alternative(language):
    """The words on a file in another language than English, in that language (the page's
    own text alternative says the English file's)."""
    if language == "en":
        return ""
    heading, helpline_intro, emergency = text.POSTER_PHRASES[language]
    return f"{heading}\n\n{helpline_intro} 08000 121 700.\n\n{emergency}"


def ensure_resources(index, workplace_settings, campaigns):
    collection = ensure_collection(CAMPAIGN_COLLECTION)
    for slug, title, kind, size, setting_slugs, campaign_slug, languages in text.RESOURCES:
        if ResourcePage.objects.child_of(index).filter(slug=slug).exists():
            continue
        signs = signs_for(setting_slugs[0])[:4]
        page = ResourcePage(
            title=title,
            slug=slug,
            locale=index.locale,
            description=f"{kind.replace('-', ' ').capitalize()} ({size.upper().replace('-', ' ')}) "
            f"for {' and '.join(setting_slugs)}. Available in {len(languages)} "
            f"language{'s' if len(languages) > 1 else ''}.",
            kind=kind,
            paper_size=size,
            campaign=campaigns.get(campaign_slug),
            text_alternative=text_alternative(title, signs),
        )
        page.workplace_settings.set([workplace_settings[s] for s in setting_slugs])
        index.add_child(instance=page)  # first, so its id is known for the files' QR codes
        page.files = [
            ResourceFile(
                language=language,
                document=make_document(collection, page, language, signs),
                text_alternative=file_text_alternative(language),
            )
            for language in languages
        ]
        page.save_revision().publish()


@transaction.atomic
def load():
    locale = Locale.get_default()
    home = HomePage.objects.get(locale=locale)
    workplace_settings = {s.slug: s for s in WorkplaceSetting.objects.filter(locale=locale)}
    helpline = Helpline.objects.get(locale=locale, number="08000 121 700")
    campaign_index = ensure_index(
        home,
        CampaignIndexPage,
        "campaigns",
        "Campaigns",
        "Local campaigns against trafficking and exploitation, by workplace setting.",
    )
    resource_index = ensure_index(
        home,
        ResourceIndexPage,
        "resources",
        "Posters and flyers",
        "Free posters, flyers and pocket cards to download and print, in many languages.",
    )
    event_index = ensure_index(
        home,
        EventIndexPage,
        "events",
        "Events",
        "Awareness events and training sessions. Free to attend: book a place.",
    )
    campaigns = ensure_campaigns(campaign_index, workplace_settings, helpline)
    ensure_resources(resource_index, workplace_settings, campaigns)
    ensure_events(event_index, workplace_settings, campaigns)
    ensure_signposts(home, campaign_index, resource_index, event_index)
    attach_demo_users(campaign_index, event_index, workplace_settings)


def ensure_signposts(home, campaign_index, resource_index, event_index):
    """Link the home page to the campaigns, the library and the events, once."""
    linked = {block.value["page"].pk for block in home.signposts if block.value["page"]}
    added = False
    for page, blurb in (
        (resource_index, "Download posters, flyers and pocket cards in your language."),
        (campaign_index, "See what local campaigns are doing, and join in."),
        (event_index, "Come to an awareness event or a training session near you."),
    ):
        if page.pk not in linked:
            home.signposts.append(("signpost", {"page": page, "title": "", "text": blurb}))
            added = True
    if added:
        home.save_revision().publish()
