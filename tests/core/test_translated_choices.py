"""Wherever a workplace setting or a page is chosen, each thing is offered once, in the viewer's
language (issue 19): public forms and filters, hub sections, and the admin's choosers."""

import re
import shutil
import tempfile

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import TestCase, override_settings

from wagtail.models import Locale

from actsite.models import WorkplaceSetting
from campaigns.models import PackRequest
from tests.campaigns.factories import (
    CampaignIndexPageFactory,
    CampaignPageFactory,
    EventIndexPageFactory,
    ResourceIndexPageFactory,
    ResourcePageFactory,
)
from tests.campaigns.translations import translate
from tests.core.factories import HomePageFactory, SettingHubPageFactory
from tests.courses.factories import TrainingIndexPageFactory, learner, module_with_lessons
from tests.factories import make_site_root

MEDIA_ROOT = tempfile.mkdtemp(prefix="translated-choices-")
POLISH = {"restaurants": "Restauracje", "transport": "Transport publiczny", "leisure": "Rekreacja"}


def options(html, name):
    """The (value, label) options of the <select name=...>, blank one left out."""
    select = re.search(rf'<select name="{name}"[^>]*>(.*?)</select>', html, re.S).group(1)
    return [
        (value, label.strip())
        for value, label in re.findall(r'<option value="([^"]*)"[^>]*>([^<]*)</option>', select)
        if value
    ]


@override_settings(MEDIA_ROOT=MEDIA_ROOT)
class TranslatedChoicesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_site_root(HomePageFactory())
        default = Locale.get_default()
        cls.settings = list(WorkplaceSetting.objects.filter(locale=default))
        for setting in cls.settings:
            translate(setting, "pl", name=POLISH[setting.slug])
            translate(setting, "cy", name=f"{setting.name} (cy)")
        transport = WorkplaceSetting.objects.get(slug="transport", locale=default)
        cls.hub = SettingHubPageFactory(parent=cls.home, workplace_setting=transport)
        campaigns = CampaignIndexPageFactory(parent=cls.home)
        cls.campaign = CampaignPageFactory(parent=campaigns, title="See it at the station")
        EventIndexPageFactory(parent=cls.home)
        library = ResourceIndexPageFactory(parent=cls.home)
        cls.resource = ResourcePageFactory(parent=library, title="Station poster")
        training = TrainingIndexPageFactory(parent=cls.home)
        cls.module = module_with_lessons(training, lessons=1, title="Spotting exploitation")
        call_command("sync_page_trees", stdout=open("/dev/null", "w"))  # noqa: SIM115
        translate(cls.campaign, "pl", title="Zauważ to na stacji")
        translate(cls.module, "cy", title="Adnabod camfanteisio")

    @classmethod
    def tearDownClass(cls):
        super().tearDownClass()
        shutil.rmtree(MEDIA_ROOT, ignore_errors=True)

    def test_printed_pack_kind_of_venue_lists_each_setting_once_in_the_visitors_language(self):
        for prefix, names in (
            ("", ["Restaurants", "Transport", "Leisure"]),
            ("/pl", [POLISH["restaurants"], POLISH["transport"], POLISH["leisure"]]),
        ):
            with self.subTest(prefix=prefix):
                html = self.client.get(f"{prefix}/printed-packs/").content.decode()
                labels = [label for _value, label in options(html, "workplace_setting")]
                self.assertEqual(labels, names)

    def test_a_polish_kind_of_venue_and_poster_are_stored_as_the_originals(self):
        self.polish_resource = self.resource.get_translation(Locale.objects.get(language_code="pl"))
        polish_transport = WorkplaceSetting.objects.get(
            slug="transport", locale__language_code="pl"
        )
        response = self.client.post(
            "/pl/printed-packs/",
            {
                "venue_name": "Dworzec",
                "workplace_setting": str(polish_transport.pk),
                "delivery_address": "1 Station Road",
                "postcode": "LS1 1AA",
                "contact_name": "Anna",
                "contact_email": "anna@example.org",
                "contact_phone": "",
                "notes": "",
                "website": "",
                "form-TOTAL_FORMS": "1",
                "form-INITIAL_FORMS": "0",
                "form-0-resource": str(self.polish_resource.pk),
                "form-0-language": "en",
                "form-0-quantity": "5",
            },
        )
        self.assertEqual(response.status_code, 302, response.content.decode()[-3000:])
        request = PackRequest.objects.get()
        self.assertEqual(request.workplace_setting.locale, Locale.get_default())
        self.assertEqual(request.items.get().resource.pk, self.resource.pk)  # the original

    def test_printed_pack_posters_are_listed_once(self):
        html = self.client.get("/pl/printed-packs/").content.decode()
        labels = [label for _value, label in options(html, "form-0-resource")]
        self.assertEqual(labels.count("Station poster"), 1)

    def test_listing_filters_offer_each_setting_once_in_polish(self):
        html = self.client.get("/pl/resources/").content.decode()
        self.assertEqual(
            [label for _value, label in options(html, "setting")],
            [POLISH["restaurants"], POLISH["transport"], POLISH["leisure"]],
        )
        for path in ("/pl/campaigns/", "/pl/events/"):
            with self.subTest(path=path):
                html = self.client.get(path).content.decode()
                filters = re.search(r'<ul class="filter-links">.*?</ul>', html, re.S).group(0)
                for name in POLISH.values():
                    self.assertEqual(filters.count(f">{name}</a>"), 1, name)
                self.assertNotIn(">Transport</a>", filters)

    def test_a_polish_hub_lists_its_campaign_once_in_polish_and_links_to_polish_filters(self):
        polish_hub = self.hub.get_translation(Locale.objects.get(language_code="pl"))
        html = self.client.get(polish_hub.url).content.decode()
        self.assertEqual(html.count("Zauważ to na stacji"), 1)
        self.assertNotIn("See it at the station", html)
        polish_slug = WorkplaceSetting.objects.get(
            slug="transport", locale__language_code="pl"
        ).slug
        self.assertIn(f'href="/pl/campaigns/?setting={polish_slug}"', html)
        tag = re.search(r'<span class="tag"[^>]*>([^<]+)</span>', html).group(1)
        self.assertEqual(tag, POLISH["transport"])  # the campaign's setting, in Polish

    def test_admin_page_forms_offer_each_setting_once(self):
        admin = get_user_model().objects.create_superuser("root", "root@example.org", "x" * 16)
        self.client.force_login(admin)
        for url in (
            f"/admin/pages/{self.campaign.pk}/edit/",
            f"/admin/pages/{self.resource.pk}/edit/",
            f"/admin/pages/{self.module.pk}/edit/",
        ):
            with self.subTest(url=url):
                field = self.client.get(url).context["form"].fields["workplace_settings"]
                self.assertEqual(
                    sorted(str(setting) for setting in field.queryset),
                    ["Leisure", "Restaurants", "Transport"],
                )

    def test_assignment_and_report_choose_each_module_and_setting_once(self):
        admin = get_user_model().objects.create_superuser("root", "root@example.org", "x" * 16)
        self.client.force_login(admin)
        form = self.client.get("/admin/assignments/new/").context["form"]
        also = form.fields["more_modules"].queryset
        self.assertEqual([module.pk for module in also], [self.module.pk])
        # Wagtail's page chooser lists every language's version (aliases too): each one is
        # accepted as the module, and saved as the version offered above.
        chosen = {module.translation_key for module in form.fields["module"].queryset}
        self.assertEqual(chosen, {self.module.translation_key})
        self.assertEqual(
            sorted(str(setting) for setting in form.fields["workplace_setting"].queryset),
            ["Leisure", "Restaurants", "Transport"],
        )
        learner("sam", department="Stations", setting="transport")
        report = self.client.get("/admin/training/report/?scope=all")  # nothing is assigned
        self.assertEqual(report.status_code, 200)
        settings = report.context["form"].fields["workplace_setting"].queryset
        self.assertEqual(sorted(str(s) for s in settings), ["Leisure", "Restaurants", "Transport"])
        # The English module's aliases under /cy/, /pl/, /ro/ are not modules of their own.
        reported = {row.module.pk for row in report.context["rows"]}
        self.assertIn(self.module.pk, reported)
        self.assertFalse(any(row.module.alias_of_id for row in report.context["rows"]))
