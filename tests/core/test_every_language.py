"""Every public page type answers under every language prefix (issue 19).

The site is built once: one page of each type in English, the trees synchronised as migrate
and the demo do, and a few pages translated. Then each page is walked under /, /cy/, /pl/ and
/ro/: 200, the right ``<html lang>``, English content marked ``lang="en"`` with a notice in the
visitor's language where nothing is translated, the switcher with every language, and hreflang
alternates naming real translations only.
"""

import re
import shutil
import tempfile
from datetime import datetime, timedelta
from xml.etree import ElementTree
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from django.test import TestCase, override_settings

from wagtail.models import Locale, Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail_localize.models import LocaleSynchronization

from actsite.locales import ensure_locales
from actsite.models import StandardPage, WorkplaceSetting
from campaigns.models import Booking, EventPage
from tests.campaigns.factories import (
    CampaignIndexPageFactory,
    CampaignPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    ResourceIndexPageFactory,
    ResourcePageFactory,
)
from tests.campaigns.translations import translate
from tests.core.factories import HomePageFactory, SettingHubPageFactory, StandardPageFactory
from tests.courses.factories import TrainingIndexPageFactory, module_with_lessons
from tests.factories import make_site_root

MEDIA_ROOT = tempfile.mkdtemp(prefix="every-language-")
OTHER_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
ALL_HREFLANGS = {"en-GB", *OTHER_LANGUAGES}
NOTICES = {  # "This page has not been translated into your language yet..."
    "cy": "Nid yw'r dudalen hon wedi'i chyfieithu i'ch iaith chi eto",
    "pl": "Ta strona nie została jeszcze przetłumaczona na Twój język",
    "ro": "Această pagină nu a fost încă tradusă în limba dumneavoastră",
}


def switcher(html):
    """{hreflang: href} of the language switcher's links."""
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S)
    if nav is None:
        return {}
    return {
        lang: href for href, lang in re.findall(r'<a href="([^"]+)" lang="([^"]+)"', nav.group(0))
    }


def alternates(html):
    """{hreflang: href} of the ``<link rel="alternate">`` tags in the head."""
    head = html.split("</head>")[0]
    return dict(
        re.findall(
            r'<link rel="alternate" hreflang="([^"]+)" href="http://testserver([^"]+)">', head
        )
    )


def html_lang(html):
    return re.search(r'<html lang="([^"]+)"', html).group(1)


def booking_form_url(event):
    """Where an event's booking form is and posts: its own page, never cached."""
    return f"{event.url}book/"


class SiteInEveryLanguage(TestCase):
    """One page of each public type in English, trees synchronised, some translated."""

    @classmethod
    def setUpTestData(cls):
        home = make_site_root(HomePageFactory())
        transport = WorkplaceSetting.objects.get(slug="transport", locale=Locale.get_default())
        hub = SettingHubPageFactory(parent=home, workplace_setting=transport)
        campaigns = CampaignIndexPageFactory(parent=home)
        campaign = CampaignPageFactory(parent=campaigns, title="See it at the station")
        other_campaign = CampaignPageFactory(parent=campaigns, title="Night-time economy")
        library = ResourceIndexPageFactory(parent=home)
        resource = ResourcePageFactory(parent=library, title="Station poster")
        events = EventIndexPageFactory(parent=home)
        event = EventPageFactory(parent=events, title="Town Hall awareness evening", capacity=5)
        training = TrainingIndexPageFactory(parent=home)
        module = module_with_lessons(training, lessons=1, title="Spotting exploitation")
        privacy = StandardPageFactory(parent=home, title="Privacy notice", slug="privacy")
        safety = StandardPageFactory(parent=home, title="Staying safe online", slug="safety")

        # As migrate (on an upgrade) and load_demo_content do.
        call_command("sync_page_trees", verbosity=0, stdout=open("/dev/null", "w"))  # noqa: SIM115

        translate(home, "cy", title="Gweithredu yn erbyn Masnachu Pobl")
        translate(campaign, "cy", title="Sylwi arno yn yr orsaf", summary="Sylwch ar yr arwyddion.")
        translate(home, "pl", title="Przeciw handlowi ludźmi")
        translate(campaigns, "pl", title="Kampanie")
        translate(campaign, "pl", title="Zauważ to na stacji", summary="Zwróć uwagę na znaki.")

        cls.home, cls.campaign, cls.other_campaign, cls.event = (
            home,
            campaign,
            other_campaign,
            event,
        )
        cls.module = module
        cls.pages = {
            "home": home,
            "setting hub": hub,
            "campaign index": campaigns,
            "campaign": campaign,
            "untranslated campaign": other_campaign,
            "poster library": library,
            "resource": resource,
            "events": events,
            "event": event,
            "training catalogue": training,
            "module": module,
            "privacy": privacy,
            "safety": safety,
        }

    @classmethod
    def tearDownClass(cls):
        super().tearDownClass()
        shutil.rmtree(MEDIA_ROOT, ignore_errors=True)


@override_settings(MEDIA_ROOT=MEDIA_ROOT)
class EveryLanguageTests(SiteInEveryLanguage):
    def get(self, url):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url)
        return response.content.decode()

    def test_every_page_type_answers_under_every_language_prefix(self):
        for kind, english in self.pages.items():
            for code in OTHER_LANGUAGES:
                with self.subTest(kind=kind, language=code):
                    version = english.get_translation(Locale.objects.get(language_code=code))
                    self.assertTrue(version.live)
                    self.assertTrue(version.url.startswith(f"/{code}/"), version.url)
                    html = self.get(version.url)
                    self.assertEqual(html_lang(html), code)
                    self.assertEqual(set(switcher(html)), ALL_HREFLANGS)
                    self.assertEqual(switcher(html)[code], version.url)
                    if version.alias_of_id:  # not translated: English in the visitor's frame
                        self.assertRegex(html, r'<h1[^>]* lang="en">')
                        self.assertIn(NOTICES[code], html)
                    else:
                        self.assertNotRegex(html, r'<h1[^>]* lang="en">')
                        self.assertNotIn(NOTICES[code], html)

    def test_the_translated_homes_signposts_lead_to_pages_in_the_visitors_language(self):
        # A translated home's signposts are copies: they still choose the English pages.
        polish_home = self.home.get_translation(Locale.objects.get(language_code="pl")).specific
        polish_home.signposts = [
            ("signpost", {"page": self.pages[kind], "title": "", "text": "Zobacz"})
            for kind in ("campaign index", "events")
        ]
        polish_home.save_revision().publish()
        html = self.get("/pl/")
        self.assertIn('<a href="/pl/campaigns/">Kampanie</a>', html)  # translated
        events = self.pages["events"].title
        self.assertIn(f'<a href="/pl/events/" lang="en">{events}</a>', html)  # English, marked
        self.assertNotIn('href="/campaigns/"', html)

    def test_event_times_read_as_each_language_writes_them(self):
        starts_at = datetime(2030, 12, 19, 18, tzinfo=ZoneInfo("Europe/London"))
        EventPage.objects.filter(translation_key=self.event.translation_key).update(
            starts_at=starts_at, ends_at=starts_at + timedelta(hours=2)
        )
        english, polish = self.event.url, f"/pl{self.event.url}"
        self.assertIn("19 December 2030, 6:00 p.m.", self.get(english))
        self.assertIn("19 Rhagfyr 2030, 6:00 y.h.", self.get(f"/cy{self.event.url}"))
        # A 24-hour clock, and the month in the genitive after the day.
        self.assertIn("19 grudnia 2030, 18:00</time> do <time", self.get(polish))
        self.assertIn("20:00</time>", self.get(polish))
        self.assertIn("19 grudnia 2030, 18:00", self.get(f"/pl{self.event.get_parent().url}"))
        self.assertIn("19 decembrie 2030, 18:00".lower(), self.get(f"/ro{self.event.url}").lower())

    def test_english_pages_have_the_switcher_with_every_language_and_no_notice(self):
        for kind, english in self.pages.items():
            with self.subTest(kind=kind):
                html = self.get(english.url)
                self.assertEqual(html_lang(html), "en-GB")
                self.assertEqual(set(switcher(html)), ALL_HREFLANGS)
                self.assertNotRegex(html, r"<h1[^>]* lang=")
                self.assertNotIn("untranslated-notice", html)

    def test_hreflang_names_real_translations_and_x_default_only(self):
        welsh = self.campaign.get_translation(Locale.objects.get(language_code="cy"))
        polish = self.campaign.get_translation(Locale.objects.get(language_code="pl"))
        romanian = self.campaign.get_translation(Locale.objects.get(language_code="ro"))
        expected = {
            "en-GB": self.campaign.url,
            "cy": welsh.url,
            "pl": polish.url,
            "x-default": self.campaign.url,
        }
        for url in (self.campaign.url, welsh.url, polish.url, romanian.url):
            with self.subTest(url=url):
                self.assertEqual(alternates(self.get(url)), expected)  # /ro/ is an alias

    def test_a_page_only_in_english_declares_no_alternates(self):
        for url in (self.other_campaign.url, "/ro" + self.other_campaign.url, "/accounts/login/"):
            with self.subTest(url=url):
                self.assertEqual(alternates(self.get(url)), {})

    def test_sign_in_and_password_pages_offer_every_language(self):
        for url in ("/accounts/login/", "/accounts/password_reset/"):
            with self.subTest(url=url):
                links = switcher(self.get(url))
                self.assertEqual(set(links), ALL_HREFLANGS)
                self.assertEqual(links["pl"], "/pl/")  # they exist in English only

    def test_pages_outside_the_tree_exist_in_every_language_with_alternates(self):
        for path in ("/search/?q=passport", "/printed-packs/", "/venue-toolkit/"):
            for code in OTHER_LANGUAGES:
                with self.subTest(path=path, language=code):
                    html = self.get(f"/{code}{path}")
                    self.assertEqual(html_lang(html), code)
                    self.assertEqual(set(switcher(html)), ALL_HREFLANGS)
                    self.assertEqual(set(alternates(html)), ALL_HREFLANGS | {"x-default"})

    def test_ro_never_serves_english_content_unmarked(self):
        home = self.get("/ro/")
        self.assertEqual(html_lang(home), "ro")
        self.assertIn(f'<h1 class="hero__title" lang="en">{self.home.title}</h1>', home)
        campaign = self.get("/ro" + self.campaign.url)
        self.assertIn(f'lang="en">{self.campaign.title}</h1>', campaign)

    def test_polish_listing_shows_each_campaign_once_at_its_polish_address(self):
        polish = Locale.objects.get(language_code="pl")
        index = self.campaign.get_parent().get_translation(polish)
        html = self.get(index.url)
        self.assertIn("Zauważ to na stacji", html)
        self.assertNotIn("See it at the station", html)  # translated: shown once, in Polish
        untranslated = self.other_campaign.get_translation(polish)
        self.assertEqual(html.count(f'href="{untranslated.url}"'), 1)
        self.assertIn(f'href="{untranslated.url}" lang="en">Night-time economy</a>', html)
        self.assertNotIn(f'href="{self.other_campaign.url}"', html)
        self.assertEqual(html.count("Night-time economy"), 1)

    def test_lessons_need_signing_in_in_every_language(self):
        lesson = self.module.get_children().first()
        for code in OTHER_LANGUAGES:
            with self.subTest(language=code):
                alias = lesson.get_translation(Locale.objects.get(language_code=code))
                response = self.client.get(alias.url)
                self.assertEqual(response.status_code, 302)
                self.assertIn("/accounts/login/", response["Location"])

    def test_a_polish_visitor_books_the_event_in_polish(self):
        polish = self.event.get_translation(Locale.objects.get(language_code="pl"))
        html = self.get(polish.url)
        self.assertIn("Zarezerwuj", html)  # the form is in Polish around the English event
        with self.captureOnCommitCallbacks(execute=True):  # the email goes after commit
            response = self.client.post(
                booking_form_url(polish),
                {
                    "name": "Anna Kowalska",
                    "email": "anna@example.org",
                    "organisation": "",
                    "places": "2",
                    "access_requirements": "",
                    "consent": "on",
                    "website": "",
                },
                follow=True,
            )
        self.assertEqual(response.status_code, 200)
        self.assertEqual(html_lang(response.content.decode()), "pl")
        booking = Booking.objects.get(email="anna@example.org")
        self.assertEqual(booking.language, "pl")
        self.assertEqual(booking.event_id, self.event.pk)  # the original's places
        self.assertEqual(booking.places, 2)
        self.assertEqual(len(mail.outbox), 1)
        self.assertIn("/pl/bookings/", mail.outbox[0].body)


class SynchronisedTreesTests(TestCase):
    """A new English page gets its place in every language; an upgrade gets them on migrate."""

    @classmethod
    def setUpTestData(cls):
        cls.home = make_site_root(HomePageFactory())
        cls.campaigns = CampaignIndexPageFactory(parent=cls.home)

    def test_migrate_gives_existing_english_pages_an_alias_in_every_language(self):
        LocaleSynchronization.objects.all().delete()  # as before this release
        self.assertFalse(Page.objects.filter(alias_of=self.campaigns).exists())
        ensure_locales()  # what migrate's post_migrate signal runs
        aliases = Page.objects.filter(alias_of=self.campaigns)
        self.assertEqual(
            sorted(aliases.values_list("locale__language_code", flat=True)),
            sorted(OTHER_LANGUAGES),
        )
        self.assertTrue(all(alias.live for alias in aliases))
        for alias in aliases:
            self.assertEqual(self.client.get(alias.url).status_code, 200)

    def test_a_page_created_in_the_admin_appears_in_every_language(self):
        call_command("sync_page_trees", verbosity=0, stdout=open("/dev/null", "w"))  # noqa: SIM115
        admin = get_user_model().objects.create_superuser("admin", "admin@example.org", "x" * 16)
        self.client.force_login(admin)
        response = self.client.post(
            f"/admin/pages/add/actsite/standardpage/{self.home.pk}/",
            nested_form_data(
                {
                    "title": "Accessibility statement",
                    "slug": "accessibility",
                    "intro": "How we make this site work for everyone.",
                    "body": streamfield([("paragraph", rich_text("<p>We test with people.</p>"))]),
                    "action-publish": "publish",
                }
            ),
        )
        self.assertEqual(response.status_code, 302)
        english = StandardPage.objects.get(slug="accessibility", locale=Locale.get_default())
        self.client.logout()
        for code in OTHER_LANGUAGES:
            with self.subTest(language=code):
                response = self.client.get(f"/{code}/accessibility/")
                self.assertEqual(response.status_code, 200)
                self.assertEqual(response.context["page"].alias_of_id, english.pk)


SITEMAP = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


@override_settings(MEDIA_ROOT=MEDIA_ROOT)
class SitemapAndRobotsTests(SiteInEveryLanguage):
    """The sitemap and robots.txt know every language."""

    def sitemap(self):
        response = self.client.get("/sitemap.xml")
        self.assertEqual(response.status_code, 200)
        root = ElementTree.fromstring(response.content)  # noqa: S314 - our own sitemap
        return {
            url.find("s:loc", SITEMAP).text: {
                link.get("hreflang"): link.get("href") for link in url.findall("x:link", SITEMAP)
            }
            for url in root.findall("s:url", SITEMAP)
        }

    def test_sitemap_lists_every_public_page_in_every_language(self):
        entries = self.sitemap()
        for kind, english in self.pages.items():
            for version in english.get_translations(inclusive=True):
                with self.subTest(kind=kind, language=version.locale.language_code):
                    self.assertIn(version.full_url, entries)
        self.assertEqual(len(entries), len(self.pages) * len(settings.LANGUAGES))

    def test_sitemap_lists_nothing_that_needs_signing_in(self):
        entries = self.sitemap()
        lesson = self.module.get_children().first()
        for version in lesson.get_translations(inclusive=True):
            self.assertNotIn(version.full_url, entries)
        for url in entries:
            self.assertEqual(self.client.get(url.removeprefix("http://localhost")).status_code, 200)

    def test_sitemap_alternates_are_real_translations_and_x_default(self):
        entries = self.sitemap()
        versions = {
            page.locale.language_code: page.full_url
            for page in self.campaign.get_translations(inclusive=True)
        }
        expected = {
            "en-GB": versions["en-gb"],
            "cy": versions["cy"],
            "pl": versions["pl"],
            "x-default": versions["en-gb"],
        }
        # The Romanian alias (English content) is no alternate, but points to those that are,
        # as its page's hreflang links do.
        for language in ("en-gb", "cy", "pl", "ro"):
            self.assertEqual(entries[versions[language]], expected)
        self.assertNotIn("ro", expected)
        self.assertEqual(entries[self.other_campaign.full_url], {})  # only in English

    def test_robots_txt_keeps_every_languages_forms_and_search_out(self):
        body = self.client.get("/robots.txt").content.decode()
        for prefix in ["", *(f"/{code}" for code in OTHER_LANGUAGES)]:
            for path in ("search", "printed-packs", "bookings"):
                self.assertIn(f"Disallow: {prefix}/{path}/\n", body)
