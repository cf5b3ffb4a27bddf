"""Build the shared demo content: workplace settings, helplines, home, hubs and standard pages.

Each function creates what is missing and leaves what exists alone, so loading twice changes
nothing and an editor's changes to demo pages survive a reload.
"""

from django.db import transaction

from wagtail.models import Locale, Page, Site

from actsite.models import (
    Helpline,
    HomePage,
    SettingHubPage,
    SiteFurniture,
    StandardPage,
    WorkplaceSetting,
)

from . import text


def publish_child(parent, page):
    """Add ``page`` under ``parent`` and publish it with a first revision."""
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def ensure_helplines(locale):
    helplines = {}
    for fields in text.HELPLINES:
        helpline, _ = Helpline.objects.get_or_create(
            locale=locale, number=fields["number"], defaults=fields
        )
        helplines[helpline.number] = helpline
    return helplines


def ensure_home_page(locale):
    """The home page, replacing Wagtail's placeholder welcome page as the default site's root."""
    home = HomePage.objects.filter(locale=locale).first()
    if home:
        return home
    root = Page.get_first_root_node()
    site = Site.objects.filter(is_default_site=True).first()
    placeholder = site.root_page if site else None
    if placeholder and placeholder.specific_class is Page and placeholder.is_leaf():
        placeholder.delete()
    home = publish_child(
        root,
        HomePage(
            title=text.HOME["title"],
            slug="home",
            locale=locale,
            intro=text.HOME["intro"],
            mission=text.HOME["mission"],
        ),
    )
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name=text.HOME["title"],
        )
    else:
        site.root_page = home
        site.site_name = text.HOME["title"]
        site.save()
    return home


def spot_the_signs(hub):
    return {
        "heading": "Spot the signs",
        "where_to_look": hub["where"],
        "what_to_look_for": hub["signs"] + text.GENERAL_SIGNS[:3],
        "who_might_notice": hub["who"],
    }


def ensure_hub_pages(home, locale, helpline):
    for hub in text.HUBS:
        if home.get_children().filter(slug=hub["slug"]).exists():
            continue
        setting = WorkplaceSetting.objects.get(locale=locale, slug=hub["slug"])
        body = [
            ("spot_the_signs", spot_the_signs(hub)),
            ("quote", {"quote": hub["quote"], "attribution": hub["attribution"]}),
            (
                "helpline",
                {
                    "heading": "Seen something that worries you?",
                    "text": "Do not confront anyone or try to rescue them yourself. Call the "
                    "helpline and describe what you saw.",
                    "helpline": helpline,
                },
            ),
        ]
        page = SettingHubPage(
            title=hub["title"],
            slug=hub["slug"],
            locale=locale,
            intro=hub["intro"],
            workplace_setting=setting,
            body=body,
            show_in_menus=True,
        )
        publish_child(home, page)


def ensure_standard_page(home, locale, content, show_in_menus=False):
    existing = home.get_children().filter(slug=content["slug"]).first()
    if existing:
        return existing
    body = [("paragraph", paragraph) for paragraph in content["paragraphs"]]
    return publish_child(
        home,
        StandardPage(
            title=content["title"],
            slug=content["slug"],
            locale=locale,
            intro=content["intro"],
            body=body,
            show_in_menus=show_in_menus,
        ),
    )


@transaction.atomic
def load():
    """Load the shared demo content. Returns the home page."""
    locale = Locale.get_default()
    helplines = ensure_helplines(locale)
    primary = helplines["08000 121 700"]
    home = ensure_home_page(locale)
    ensure_hub_pages(home, locale, primary)
    safety = ensure_standard_page(home, locale, text.SAFETY_PAGE)
    privacy = ensure_standard_page(home, locale, text.PRIVACY_PAGE)

    furniture = SiteFurniture.for_site(home.get_site())
    if not furniture.primary_helpline_id:
        furniture.primary_helpline = primary
        furniture.safety_page = furniture.safety_page or safety
        furniture.privacy_page = furniture.privacy_page or privacy
        furniture.save()
    return home
