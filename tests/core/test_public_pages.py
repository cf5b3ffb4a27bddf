"""What the public sees on the home page, setting hubs and content pages."""

import pytest

from django.views.defaults import server_error

from wagtail import hooks

from actsite.hub_sections import HubSection
from actsite.models import SiteFurniture, WorkplaceSetting
from tests.core.factories import HelplineFactory, SettingHubPageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def helpline(home_page):
    helpline = HelplineFactory(
        name="Modern Slavery & Exploitation Helpline", number="08000 121 700"
    )
    furniture = SiteFurniture.for_site(home_page.get_site())
    furniture.primary_helpline = helpline
    furniture.save()
    return helpline


@pytest.fixture
def hubs(home_page):
    return [
        SettingHubPageFactory(parent=home_page, workplace_setting=setting, title=setting.name)
        for setting in WorkplaceSetting.objects.all()
    ]


def test_home_page_links_to_each_setting_hub(client, hubs):
    html = client.get("/").content.decode()
    for hub in hubs:
        assert f'href="{hub.url}"' in html
        assert hub.workplace_setting.summary in html


def test_unpublished_hub_is_not_linked_from_home(client, hubs):
    hubs[0].unpublish()
    assert f'href="{hubs[0].url}"' not in client.get("/").content.decode()


def test_setting_hubs_are_served_at_their_slugs(client, hubs):
    for slug in ("restaurants", "transport", "leisure"):
        response = client.get(f"/{slug}/")
        assert response.status_code == 200
        assert response.context["page"].workplace_setting.slug == slug


def test_helpline_number_comes_from_editable_content(client, helpline):
    response = client.get("/")
    assert b'href="tel:08000121700"' in response.content

    helpline.number = "0800 999 1234"
    helpline.save()
    response = client.get("/")
    assert b'href="tel:08009991234"' in response.content
    assert b"08000 121 700" not in response.content


def test_emergency_number_shown_beside_the_helpline(client, helpline):
    HelplineFactory(name="Police emergency", number="999", is_emergency=True)
    html = client.get("/").content.decode()
    assert 'If someone is in immediate danger, call <a href="tel:999">999</a>' in html


def test_footer_lists_only_helplines_marked_for_it(client, home_page):
    HelplineFactory(name="Crimestoppers", number="0800 555 111")
    HelplineFactory(name="Hidden line", number="0800 000 000", show_in_footer=False)
    html = client.get("/").content.decode()
    assert "Crimestoppers" in html
    assert "Hidden line" not in html


def test_every_public_page_has_quick_exit_and_skip_link(client, hubs):
    standard = StandardPageFactory(parent=hubs[0].get_parent(), title="About us")
    for url in ("/", hubs[0].url, standard.url, "/search/?q=x", "/no-such-page/"):
        html = client.get(url).content.decode()
        assert 'class="quick-exit__button"' in html, url
        assert 'href="#main-content"' in html, url
        assert 'id="main-content"' in html, url


def test_page_loads_nothing_from_other_hosts(client, hubs):
    html = client.get(hubs[0].url).content.decode()
    for marker in ('src="http', 'src="//', 'href="//', "@import"):
        assert marker not in html
    # The only absolute link in the page chrome is the quick exit's destination.
    # Two stylesheets, both our own: the site's, and the one for printing.
    assert html.count('rel="stylesheet"') == html.count('rel="stylesheet" href="/static/') == 2
    assert 'href="/static/css/print.css" media="print"' in html


def test_hub_shows_sections_registered_by_other_parts_of_the_site(client, hubs):
    guide = StandardPageFactory(parent=hubs[0].get_parent(), title="Guide for drivers")

    def drivers_section(hub_page, request):
        if hub_page.workplace_setting.slug != "transport":
            return None
        return HubSection("Guides", "components/link_list.html", [guide])

    with hooks.register_temporarily("setting_hub_sections", drivers_section):
        transport = client.get("/transport/").content.decode()
        leisure = client.get("/leisure/").content.decode()
    assert "<h2" in transport and ">Guides</h2>" in transport
    assert f'<a href="{guide.url}">Guide for drivers</a>' in transport
    assert "Guides" not in leisure


def test_missing_page_gets_a_helpful_404(client, home_page):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert b"Page not found" in response.content
    assert b'href="/search/"' in response.content


def test_server_error_page_needs_no_database_and_carries_the_quick_exit(
    rf, settings, django_assert_num_queries
):
    with django_assert_num_queries(0):
        response = server_error(rf.get("/campaigns/"))
    html = response.content.decode()
    assert response.status_code == 500
    assert "Exit this page" in html
    assert f'href="{settings.QUICK_EXIT_URL}"' in html
    assert '<script src="/static/js/quick-exit' in html


def test_footer_shows_a_helpline_as_soon_as_it_is_edited(client, home_page):
    line = HelplineFactory(name="Crimestoppers", number="0800 555 111")
    assert "0800 555 111" in client.get("/").content.decode()  # now cached
    line.number = "0800 555 222"
    line.save()
    html = client.get("/").content.decode()
    assert "0800 555 222" in html
    assert "0800 555 111" not in html
    line.delete()
    assert "Crimestoppers" not in client.get("/").content.decode()


def test_menu_follows_publishing_and_unpublishing(client, home_page):
    assert "About us" not in client.get("/").content.decode()  # menu now cached
    about = StandardPageFactory(parent=home_page, title="About us", show_in_menus=True)
    assert f'<a href="{about.url}">About us</a>' in client.get("/").content.decode()
    about.unpublish()
    assert "About us" not in client.get("/").content.decode()
