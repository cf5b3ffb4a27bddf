"""Every absolute link the site gives out leads to the Site's own address (Settings > Sites),
whatever host and port that is: never localhost, never the admin's base URL."""

import re

import icalendar
import pytest

from django.core import mail
from django.core.management import CommandError, call_command

from actsite.models import SiteFurniture
from campaigns.events import bookings
from courses.certificates import certificate_pdf, verify_url
from tests.campaigns.factories import EventPageFactory, ResourcePageFactory
from tests.courses.factories import ModulePageFactory, TrainingIndexPageFactory, learner
from tests.courses.test_certificate_language import completion_of, pdf_text

pytestmark = pytest.mark.django_db

ROOT = "http://act.example.test:8443"


@pytest.fixture
def site(home_page, settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "act.example.test"]
    settings.WAGTAILADMIN_BASE_URL = "http://admin.elsewhere.test"  # must never be used
    call_command("set_site_address", ROOT)
    site = home_page.get_site()
    site.refresh_from_db()
    SiteFurniture.for_site(site)
    return site


def test_set_site_address_moves_the_default_site_and_refuses_nonsense(site):
    assert site.root_url == ROOT
    for bad in ("not an address", "ftp://act.example.test", "http://act.example.test:99999"):
        with pytest.raises(CommandError):
            call_command("set_site_address", bad)


def test_migrate_points_the_site_at_site_url(home_page, settings):
    """Production names its address once (SITE_URL); every migrate applies it."""
    settings.SITE_URL = ROOT
    call_command("migrate", verbosity=0)
    site = home_page.get_site()
    site.refresh_from_db()
    assert site.root_url == ROOT
    call_command("set_site_address", "http://localhost:8000")
    call_command("set_site_address")  # no address: SITE_URL
    site.refresh_from_db()
    assert site.root_url == ROOT


def test_booking_email_and_calendar_file_link_to_the_site(
    site, event_index, django_capture_on_commit_callbacks
):
    event = EventPageFactory(parent=event_index, slug="town-hall")
    with django_capture_on_commit_callbacks(execute=True):
        bookings.book(event, name="Sam", email="sam@example.org", places=1)
    email = mail.outbox[0]
    links = re.findall(r"https?://[^\s<>\"]+", email.body)
    assert links and all(link.startswith(f"{ROOT}/") for link in links), links
    attachment = next(a for a in email.attachments if a[0].endswith(".ics"))
    calendar = icalendar.Calendar.from_ical(attachment[1])
    vevent = next(iter(calendar.walk("VEVENT")))
    assert str(vevent["uid"]).endswith("@act.example.test")
    assert str(vevent["url"]) == f"{ROOT}/events/town-hall/"


def test_certificate_links_to_the_verify_page_on_the_site(site):
    index = TrainingIndexPageFactory(parent=site.root_page)
    module = ModulePageFactory(parent=index)
    completion = completion_of(module, learner("sam"))
    assert verify_url(completion).startswith(f"{ROOT}{index.url}verify/?code=")

    text = pdf_text(certificate_pdf(completion)).replace("\r\n", "").replace("\n", "")
    assert "act.example.test:8443" in text and "admin.elsewhere" not in text


def test_sitemap_canonical_and_open_graph_use_the_site(client, site, event_index):
    event = EventPageFactory(parent=event_index, slug="town-hall")
    sitemap = client.get("/sitemap.xml", HTTP_HOST="act.example.test:8443").content.decode()
    assert f"<loc>{ROOT}/events/town-hall/</loc>" in sitemap
    assert "localhost" not in sitemap and "testserver" not in sitemap
    html = client.get(event.url, HTTP_HOST="act.example.test:8443").content.decode()
    assert f'<link rel="canonical" href="{ROOT}/events/town-hall/">' in html
    assert f'<meta property="og:url" content="{ROOT}/events/town-hall/">' in html


def test_link_previews_show_images_from_the_site(client, site, resource_index):
    resource = ResourcePageFactory(parent=resource_index, slug="station-poster")
    html = client.get(resource.url, HTTP_HOST="act.example.test:8443").content.decode()
    assert f'<meta property="og:image" content="{ROOT}/media/images/' in html
