"""Where each shared page type may be created, and that editors can create them."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from actsite.models import HomePage, SettingHubPage, StandardPage, WorkplaceSetting
from tests.core.factories import HomePageFactory, SettingHubPageFactory
from tests.factories import make_site_root


class PageTreeTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_site_root(HomePageFactory(slug="home-tree"))
        cls.restaurants = WorkplaceSetting.objects.get(slug="restaurants")

    def setUp(self):
        # force_login: the lockout backend needs a request, which client.login() has not.
        self.client.force_login(self.create_superuser("admin"))

    def test_home_page_only_at_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertCanNotCreateAt(HomePage, HomePage)

    def test_setting_hubs_live_under_the_home_page_and_have_no_children(self):
        self.assertAllowedParentPageTypes(SettingHubPage, {HomePage})
        self.assertAllowedSubpageTypes(SettingHubPage, {})

    def test_editor_can_create_a_setting_hub(self):
        self.assertCanCreate(
            self.home,
            SettingHubPage,
            nested_form_data(
                {
                    "title": "Restaurants",
                    "slug": "restaurants",
                    "workplace_setting": self.restaurants.pk,
                    "intro": "Kitchens and takeaways.",
                    "body": streamfield([]),
                }
            ),
        )
        hub = SettingHubPage.objects.get(slug="restaurants", locale=self.home.locale)
        self.assertEqual(hub.workplace_setting, self.restaurants)

    def test_editor_can_create_a_standard_page(self):
        self.assertCanCreate(
            self.home,
            StandardPage,
            nested_form_data(
                {
                    "title": "Staying safe online",
                    "slug": "safety",
                    "intro": "",
                    "body": streamfield([("paragraph", rich_text("<p>Use private browsing.</p>"))]),
                }
            ),
        )

    def test_pages_render_and_route(self):
        hub = SettingHubPageFactory(parent=self.home, workplace_setting=self.restaurants)
        for page in (self.home, hub):
            self.assertPageIsRoutable(page)
            self.assertPageIsRenderable(page)
