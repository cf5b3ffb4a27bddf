"""manage.py load_demo_content builds a realistic site, and running it twice changes nothing.

The demo is loaded once for the module (``demo_content``); each test's changes roll back."""

import io

import pytest

from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command

from wagtail.models import Locale, Page, PageLogEntry, Revision, Site
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from actsite.models import Helpline, HomePage, SettingHubPage, SiteFurniture, WorkplaceSetting
from campaigns.models import Booking, CampaignPage, EventPage, ResourceFile, ResourcePage
from courses.models import LearnerProfile, ModulePage
from courses.reports import completion_report, learners_for
from courses.status import Status

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_content")]


def load_demo_content():
    call_command("load_demo_content", stdout=io.StringIO())


def untranslated_strings(page):
    """The strings of ``page``'s English source that have no translation in its language (but
    the slug: web addresses keep the English one)."""
    source = TranslationSource.objects.get(
        object_id=page.translation_key, locale=Locale.get_default()
    )
    return [
        segment.string.data
        for segment in StringSegment.objects.filter(source=source)
        .exclude(context__path="slug")
        .select_related("string")
        if not StringTranslation.objects.filter(
            translation_of=segment.string, locale=page.locale, context=segment.context
        ).exists()
    ]


def snapshot():
    return {
        "pages": list(Page.objects.order_by("path").values_list("path", "slug", "live")),
        "revisions": Revision.objects.count(),
        "log_entries": PageLogEntry.objects.count(),
        "helplines": list(Helpline.objects.values_list("pk", "number")),
        "settings": list(WorkplaceSetting.objects.values_list("pk", "slug")),
    }


def test_demo_content_builds_the_home_page_hubs_and_helplines(client):
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    for slug in ("restaurants", "transport", "leisure"):
        response = client.get(f"/{slug}/")
        assert response.status_code == 200
        assert isinstance(response.context["page"], SettingHubPage)
        assert b"Spot the signs" in response.content
    assert client.get("/safety/").status_code == 200
    assert b"does not erase your browsing history" in client.get("/safety/").content

    furniture = SiteFurniture.for_site(site)
    assert furniture.primary_helpline.number == "08000 121 700"
    assert Helpline.objects.filter(number="999", is_emergency=True).exists()
    home = client.get("/").content.decode()
    assert "08000 121 700" in home and 'href="tel:999"' in home


def test_loading_twice_changes_nothing():
    first = snapshot()  # after the first load
    load_demo_content()
    assert snapshot() == first


def test_an_editors_change_survives_a_reload():
    helpline = Helpline.objects.get(number="101", locale__language_code="en-gb")
    helpline.summary = "Edited by a coordinator"
    helpline.save()
    load_demo_content()
    helpline.refresh_from_db()
    assert helpline.summary == "Edited by a coordinator"


def test_demo_content_has_campaigns_and_a_multilingual_library_with_real_pdfs(client):
    for setting in ("restaurants", "transport", "leisure"):
        assert CampaignPage.objects.live().filter(workplace_settings__slug=setting).count() >= 2
    assert ResourcePage.objects.live().count() >= 12
    languages = set(ResourceFile.objects.values_list("language", flat=True))
    assert {"en", "cy", "pl", "ro", "pt"} <= languages
    resource_file = ResourceFile.objects.filter(language="pl").select_related("document").first()
    document = resource_file.document
    assert document.preview_image is not None
    response = client.get(document.url)
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert client.get("/resources/", {"language": "pl"}).context["resources"].paginator.count >= 5


def test_demo_content_has_events_in_every_setting_nearly_full_and_full(
    client, django_capture_on_commit_callbacks
):
    # The events made again, with their bookings: made-up bookers are never emailed.
    for event in EventPage.objects.filter(locale=Locale.get_default()):
        event.delete()
    with django_capture_on_commit_callbacks(execute=True):
        load_demo_content()
    assert Booking.objects.exists()
    assert mail.outbox == []
    for setting in ("restaurants", "transport", "leisure"):
        assert EventPage.objects.live().filter(workplace_settings__slug=setting).exists()
    town_hall = client.get("/events/town-hall-awareness-evening/").text
    assert "Town Hall" in town_hall and "112 places left" in town_hall
    assert "2 places left" in client.get("/events/station-staff-briefing/").text
    full = EventPage.objects.select_related("seats").get(
        slug="restaurant-owners-training", locale__language_code="en-gb"
    )
    assert full.places_left == 0
    assert full.bookings.filter(status=Booking.Status.WAITLISTED).count() == 2
    assert "Fully booked" in client.get(full.url).text
    assert "Taxi and private hire licensing briefing" in client.get("/events/?when=past").text
    assert 'href="/events/"' in client.get("/").text


def test_demo_users_one_per_role_with_an_organiser_and_a_draft_awaiting_approval(monkeypatch):
    monkeypatch.setenv("DEMO_USER_PASSWORD", "a demo password for tests")
    output = io.StringIO()
    call_command("load_demo_content", users=True, stdout=output)
    call_command("load_demo_content", users=True, stdout=io.StringIO())  # twice: no duplicates
    assert "Demo user: colin  password: a demo password for tests" in output.getvalue()
    demo_names = ["vera", "colin", "olu", "tara", "sam"]
    users = {u.username: u for u in get_user_model().objects.filter(username__in=demo_names)}
    assert {name: [g.name for g in u.groups.all()] for name, u in users.items()} == {
        "vera": ["Campaign volunteers"],
        "colin": ["Campaign coordinators"],
        "olu": ["Event organisers"],
        "tara": ["Training managers"],
        "sam": [],  # a learner: no admin
    }
    assert not EventPage.objects.exclude(organiser=users["olu"]).exists()
    draft = CampaignPage.objects.get(slug="late-night-takeaways", locale__language_code="en-gb")
    assert not draft.live
    assert draft.current_workflow_state.status == "in_progress"
    assert draft.get_translations(inclusive=True).filter(alias_of=None).count() == 1


def test_demo_users_are_not_made_without_debug_or_asking():
    assert not get_user_model().objects.filter(username__in=["vera", "colin", "tara"]).exists()
    # (The demo council staff exist: they have no password and cannot sign in.)
    assert not any(u.has_usable_password() for u in get_user_model().objects.all())


def test_demo_training_has_modules_lessons_quizzes_and_staff_with_every_status(client):
    modules = ModulePage.objects.live().filter(locale__language_code="en-gb")
    assert modules.count() == 5
    for setting in ("restaurants", "transport", "leisure"):
        for level in ("awareness", "in-depth", "advanced"):
            assert modules.filter(workplace_settings__slug=setting, level=level).exists()
    for module in modules:
        assert 3 <= module.lessons().count() <= 7
        assert len(module.quiz) >= 8
    assert LearnerProfile.objects.values("department").distinct().count() >= 4
    root = get_user_model().objects.create_superuser("root", "root@example.org", "x" * 14)
    statuses = set()
    for row in completion_report(learners_for(root)):
        statuses |= {status for status, count in row.counts.items() if count}
    assert {Status.NOT_STARTED, Status.IN_PROGRESS, Status.COMPLETED, Status.EXPIRED} <= statuses
    assert "Spotting exploitation at stations" in client.get("/transport/").text
    assert client.get("/training/").status_code == 200


def test_demo_has_welsh_and_polish_versions_of_the_home_page_campaigns_and_helplines(client):
    for language in ("cy", "pl"):
        pages = Page.objects.live().filter(locale__language_code=language, alias_of=None)
        slugs = set(pages.values_list("slug", flat=True))
        assert {"behind-the-kitchen-door", "see-it-at-the-station", "too-cheap-to-be-true"} <= slugs
        assert Helpline.objects.filter(locale__language_code=language).count() == 5
    welsh_home = client.get("/cy/").content.decode()
    assert "Gweithredu yn erbyn Masnachu Pobl" in welsh_home
    assert "Llinell Gymorth Caethwasiaeth Fodern a Chamfanteisio" in welsh_home
    polish = client.get("/pl/campaigns/behind-the-kitchen-door/").content.decode()
    assert "Za drzwiami kuchni" in polish and "Rozpoznaj sygnały" in polish


def test_demo_has_the_welsh_and_polish_site_and_romanian_home_and_campaign(
    client, django_capture_on_commit_callbacks
):
    hubs = ["restaurants", "transport", "leisure"]
    awareness = ModulePage.objects.get(
        slug="modern-slavery-awareness", locale__language_code="en-gb"
    )
    lessons = list(awareness.get_children().values_list("slug", flat=True))
    translated = {
        "cy": ["events", "town-hall-awareness-evening", "resources", "privacy", *hubs]
        + [awareness.slug, *lessons],
        "pl": ["events", "town-hall-awareness-evening", "resources", "privacy", *hubs],
        "ro": ["see-it-at-the-station"],
    }
    assert len(lessons) == 3
    romanian_home = HomePage.objects.get(locale__language_code="ro")
    assert romanian_home.alias_of_id is None
    assert "untranslated-notice" not in client.get("/ro/").content.decode()
    # A Welsh learner signed in (lessons are for learners), reading every translated page.
    client.force_login(get_user_model().objects.create_user("gwen", "gwen@example.org"))
    for language, slugs in translated.items():
        pages = Page.objects.live().filter(locale__language_code=language, alias_of=None)
        assert set(slugs) <= set(pages.values_list("slug", flat=True)), language
        for page in pages.filter(slug__in=slugs):
            response = client.get(page.url)
            assert response.status_code == 200, page.url
            assert f'<html lang="{language}">' in response.text
            assert "untranslated-notice" not in response.text, page.url
            # Every string of the English page has a translation: no English mixed in.
            assert untranslated_strings(page) == [], page.url
    assert "Adnabod yr arwyddion" in client.get("/cy/leisure/").text
    assert "Pracodawca przechowuje paszporty" in client.get("/pl/restaurants/").text

    # The Welsh learner opens the awareness module in Welsh.
    module = client.get("/cy/training/modern-slavery-awareness/")
    assert module.status_code == 200
    assert '<html lang="cy">' in module.text
    assert "untranslated-notice" not in module.text
    assert "Caethwasiaeth fodern: beth ddylai pob aelod o staff ei wybod" in module.text
    client.logout()
    # Everything else is there too, as the English page in the visitor's frame.
    assert "untranslated-notice" in client.get("/ro/events/").content.decode()
    assert "Rozpoznaj oznaki" in client.get("/pl/transport/").content.decode()

    # A Polish visitor books the Town Hall event in Polish.
    event = "/pl/events/town-hall-awareness-evening/"
    assert "Współczesne niewolnictwo: wieczór informacyjny w ratuszu" in client.get(event).text
    form = {
        "name": "Anna Kowalska",
        "email": "anna.kowalska@example.org",
        "organisation": "",
        "places": "1",
        "access_requirements": "",
        "consent": "on",
        "website": "",
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"{event}book/", form, follow=True)
    assert '<html lang="pl">' in response.text
    booking = Booking.objects.get(email="anna.kowalska@example.org")
    assert booking.language == "pl"
    assert mail.outbox[-1].to == ["anna.kowalska@example.org"]
    assert "/pl/bookings/" in mail.outbox[-1].body
