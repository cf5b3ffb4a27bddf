"""Volunteers build campaigns in the admin; the public finds them by workplace setting."""

import pytest

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from campaigns.models import CampaignIndexPage, CampaignPage
from campaigns.models.campaign_page import RESOURCES_ON_CAMPAIGN_PAGE
from tests.campaigns.factories import (
    CampaignIndexPageFactory,
    CampaignPageFactory,
    ImageFactory,
    ResourceIndexPageFactory,
    ResourcePageFactory,
    settings_named,
)
from tests.core.factories import HelplineFactory, HomePageFactory, SettingHubPageFactory
from tests.factories import list_block, make_site_root


class CampaignEditingTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_site_root(HomePageFactory())
        cls.index = CampaignIndexPageFactory(parent=cls.home)
        resources = ResourceIndexPageFactory(parent=cls.home)
        cls.resource = ResourcePageFactory(parent=resources, title="Station poster")
        cls.helpline = HelplineFactory(name="Modern Slavery Helpline", number="08000 121 700")
        cls.image = ImageFactory()
        cls.transport, cls.leisure = settings_named("transport", "leisure")

    def setUp(self):
        # force_login: the lockout backend needs a request, which client.login() has not.
        self.client.force_login(self.create_superuser("admin"))

    def form_data(self, **overrides):
        data = {
            "title": "See it at the station",
            "slug": "see-it-at-the-station",
            "summary": "Posters in every station.",
            "hero_image": self.image.pk,
            "starts_on": "2026-11-01",
            "ends_on": "2027-03-31",
            "partners": inline_formset([{"name": "Active Communities Against Trafficking"}]),
            "body": streamfield(
                [
                    ("heading", {"text": "On the platform", "level": "h2"}),
                    ("paragraph", rich_text("<p>Passengers may be controlled.</p>")),
                    (
                        "spot_the_signs",
                        {
                            "heading": "Spot the signs",
                            "where_to_look": list_block(["Platforms"]),
                            "what_to_look_for": list_block(["No ticket of their own"]),
                            "who_might_notice": list_block(["Ticket inspectors"]),
                        },
                    ),
                    ("helpline", {"heading": "Call", "text": "", "helpline": self.helpline.pk}),
                    ("quote", {"quote": "She did not know the town.", "attribution": "Staff"}),
                    ("image", {"image": self.image.pk, "caption": "A poster at a station"}),
                    (
                        "accordion",
                        {
                            "heading": "Questions",
                            "items": list_block(
                                [
                                    {
                                        "question": "What if I am wrong?",
                                        "answer": rich_text("<p>Call anyway.</p>"),
                                    }
                                ]
                            ),
                        },
                    ),
                    (
                        "video",
                        {
                            "title": "What control looks like",
                            "url": "https://video.example.org/watch/1",
                            "duration": "3 minutes",
                            "transcript": rich_text("<p>A man holds both tickets.</p>"),
                        },
                    ),
                    (
                        "related_resources",
                        {"heading": "Posters", "resources": list_block([self.resource.pk])},
                    ),
                ]
            ),
        }
        data.update(overrides)
        form_data = nested_form_data(data)
        form_data["workplace_settings"] = [self.transport.pk, self.leisure.pk]
        return form_data

    def test_campaigns_live_under_the_campaigns_index(self):
        self.assertAllowedParentPageTypes(CampaignPage, {CampaignIndexPage})
        self.assertAllowedSubpageTypes(CampaignIndexPage, {CampaignPage})

    def test_volunteer_builds_a_campaign_with_every_block_and_it_renders(self):
        self.assertCanCreate(self.index, CampaignPage, self.form_data())
        page = CampaignPage.objects.get(slug="see-it-at-the-station", locale=self.home.locale)
        page.save_revision().publish()
        html = self.client.get(page.url).content.decode()
        for text in (
            "On the platform",
            "Passengers may be controlled.",
            "No ticket of their own",
            "Ticket inspectors",
            'href="tel:08000121700"',
            "She did not know the town.",
            "A poster at a station",
            "What if I am wrong?",
            "A man holds both tickets.",
            'href="https://video.example.org/watch/1"',
            f'href="{self.resource.url}"',
            "Active Communities Against Trafficking",
        ):
            self.assertIn(text, html)
        self.assertNotIn("<iframe", html)
        self.assertEqual(set(page.workplace_settings.all()), {self.transport, self.leisure})

    def test_video_needs_a_transcript_to_publish(self):
        video = {
            "title": "T",
            "url": "https://v.example.org/1",
            "duration": "",
            "transcript": rich_text(""),
        }
        data = self.form_data(body=streamfield([("video", video)]))
        data["action-publish"] = "publish"
        response = self.client.post(
            f"/admin/pages/add/campaigns/campaignpage/{self.index.pk}/", data
        )
        self.assertContains(response, "Add a transcript")
        self.assertFalse(CampaignPage.objects.filter(slug="see-it-at-the-station").exists())

    def test_hero_image_without_alt_text_is_refused_with_a_reason(self):
        undescribed = ImageFactory(description="")
        response = self.client.post(
            f"/admin/pages/add/campaigns/campaignpage/{self.index.pk}/",
            self.form_data(hero_image=undescribed.pk),
        )
        self.assertContains(response, "Add a description to this image first")
        self.assertFalse(CampaignPage.objects.filter(slug="see-it-at-the-station").exists())

    def test_end_date_before_start_is_refused(self):
        response = self.client.post(
            f"/admin/pages/add/campaigns/campaignpage/{self.index.pk}/",
            self.form_data(starts_on="2026-12-01", ends_on="2026-11-01"),
        )
        self.assertContains(response, "cannot end before it starts")


@pytest.mark.django_db
def test_campaign_index_filters_by_setting(client, campaign_index):
    CampaignPageFactory(parent=campaign_index, title="Station campaign")
    CampaignPageFactory(
        parent=campaign_index,
        title="Kitchen campaign",
        workplace_settings=settings_named("restaurants"),
    )
    response = client.get("/campaigns/", {"setting": "restaurants"})
    assert [c.title for c in response.context["campaigns"]] == ["Kitchen campaign"]
    assert b'aria-current="page">Restaurants' in response.content
    everything = client.get("/campaigns/")
    assert {c.title for c in everything.context["campaigns"]} == {
        "Station campaign",
        "Kitchen campaign",
    }
    unknown = client.get("/campaigns/", {"setting": "nowhere"})
    assert len(unknown.context["campaigns"]) == 2


@pytest.mark.django_db
def test_setting_hub_lists_its_live_campaigns_only(client, home_page, campaign_index):
    SettingHubPageFactory(parent=home_page, workplace_setting=settings_named("transport")[0])
    CampaignPageFactory(parent=campaign_index, title="Station campaign")
    CampaignPageFactory(parent=campaign_index, title="Draft campaign").unpublish()
    CampaignPageFactory(
        parent=campaign_index,
        title="Kitchen campaign",
        workplace_settings=settings_named("restaurants"),
    )
    html = client.get("/transport/").content.decode()
    assert "Station campaign" in html
    assert "Draft campaign" not in html and "Kitchen campaign" not in html


@pytest.mark.django_db
def test_campaign_page_lists_its_resources(client, home_page, campaign_index):
    campaign = CampaignPageFactory(parent=campaign_index, title="Station campaign")
    resources = ResourceIndexPageFactory(parent=home_page)
    ResourcePageFactory(parent=resources, title="Station poster", campaign=campaign)
    ResourcePageFactory(parent=resources, title="Other poster")
    html = client.get(campaign.url).content.decode()
    assert "Station poster" in html and "Other poster" not in html


def test_a_campaign_with_many_resources_shows_the_first_and_links_to_the_rest(
    client, campaign_index, resource_index
):

    campaign = CampaignPageFactory(parent=campaign_index, slug="stations")
    other = CampaignPageFactory(parent=campaign_index, slug="kitchens")
    for n in range(RESOURCES_ON_CAMPAIGN_PAGE + 1):
        ResourcePageFactory(parent=resource_index, title=f"Poster {n:02d}", campaign=campaign)
    ResourcePageFactory(parent=resource_index, title="Kitchen poster", campaign=other)
    response = client.get(campaign.url)
    sections = response.context["sections"]
    assert len(sections.resources) == RESOURCES_ON_CAMPAIGN_PAGE
    link = sections.all_resources_url
    assert link == "/resources/?campaign=stations"
    assert link in response.content.decode()
    library = client.get(link)
    assert library.context["resources"].paginator.count == RESOURCES_ON_CAMPAIGN_PAGE + 1
    assert 'type="hidden" name="campaign" value="stations"' in library.content.decode()
