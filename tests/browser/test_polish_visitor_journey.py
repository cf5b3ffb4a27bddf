"""A Polish-speaking station worker, from /pl/: finds the transport hub, reads the signs,
downloads the Polish poster, books the Town Hall evening in Polish, gets the Polish email
with a calendar file at the right local time, and cancels from its link. The event was full
and a Welsh speaker was waiting: she gets the place, and is told in Welsh."""

import re
from datetime import timedelta
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import icalendar
from playwright.sync_api import expect

from django.core import mail
from django.utils import timezone, translation

from wagtail.models import Locale

from campaigns.events import bookings
from campaigns.models import Booking, EventPage
from tests.browser.accessibility import assert_accessible
from tests.pdf_checks import accessibility_problems

TOWN_HALL = "town-hall-awareness-evening"
POLISH_TITLE = "Współczesne niewolnictwo: wieczór informacyjny w ratuszu"
WELSH_TITLE = "Caethwasiaeth fodern: noson codi ymwybyddiaeth yn Neuadd y Dref"


def fill_all_but_one_place(event):
    """What the organiser's other bookers did first: every place but one is taken."""
    to_take = event.seats.capacity - event.seats.booked - 1
    for n in range(0, to_take, event.max_places_per_booking):
        places = min(event.max_places_per_booking, to_take - n)
        bookings.book(event, name=f"Group {n}", email=f"group.{n}@example.org", places=places)


def message_to(address, subject):
    return next(m for m in mail.outbox if m.to == [address] and m.subject == subject)


def manage_path(message):
    return urlsplit(re.search(r"https?://\S+/bookings/\S+/", message.body).group(0)).path


def join_the_waiting_list_in_welsh(browser, base_url):
    """A Welsh speaker, in her own tab, joins the waiting list of the full event."""
    context = browser.new_context(base_url=base_url)
    tab = context.new_page()
    tab.goto(f"/cy/events/{TOWN_HALL}/")
    tab.get_by_role("link", name="Ymuno â'r rhestr aros").click()
    tab.get_by_label("Enw", exact=True).fill("Ffion Hughes")
    tab.get_by_label("Cyfeiriad e-bost").fill("ffion.hughes@example.org")
    tab.locator("input[name=consent]").check()
    tab.get_by_role("button", name="Ymuno â'r rhestr aros").click()
    expect(tab.get_by_role("heading", name="Edrychwch ar eich e-bost")).to_be_visible()
    context.close()


def test_a_polish_station_worker_books_and_cancels_and_the_next_in_line_gets_the_place(
    page, browser, demo_site
):
    event = EventPage.objects.get(slug=TOWN_HALL, locale=Locale.get_default())
    with translation.override("en"):
        fill_all_but_one_place(event)

    page.goto("/pl/")
    assert page.locator("main a[href^='/']:not([href^='/pl/'])").count() == 0  # stays in Polish
    assert_accessible(page)
    page.get_by_role("link", name="Transport", exact=True).click()
    assert urlsplit(page.url).path == "/pl/transport/"
    expect(page.get_by_role("heading", name="Rozpoznaj oznaki")).to_be_visible()
    expect(page.get_by_text("Nie ma przy sobie własnego biletu")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("link", name="Is someone being controlled?").click()
    assert urlsplit(page.url).path == "/pl/resources/station-poster/"
    downloads = page.locator(".downloads a")
    assert downloads.first.get_attribute("hreflang") == "pl"  # the Polish file first
    assert_accessible(page)
    with page.expect_response(re.compile(r"/documents/")) as response_info:
        downloads.first.click()
    response = response_info.value
    assert response.ok and response.headers["content-type"] == "application/pdf"
    assert "-pl" in urlsplit(response.url).path  # the demo file may carry a suffix
    pdf = page.request.get(response.url).body()  # Chromium's PDF viewer keeps the body
    assert accessibility_problems(pdf, "pl") == []  # tagged, and in Polish

    page.go_back()  # from the PDF to the poster's page, then to the hub's events
    assert urlsplit(page.url).path == "/pl/resources/station-poster/"
    page.get_by_role("link", name="Transport i dworce").click()
    page.get_by_role("link", name=POLISH_TITLE).click()
    assert urlsplit(page.url).path == f"/pl/events/{TOWN_HALL}/"
    expect(page.get_by_text("Zostało 1 miejsce")).to_be_visible()
    expect(page.locator(".event-facts")).to_contain_text("18:00 do 20:00")  # a 24-hour clock
    assert_accessible(page)
    page.get_by_role("link", name="Zarezerwuj miejsce").click()
    assert urlsplit(page.url).path == f"/pl/events/{TOWN_HALL}/book/"
    assert_accessible(page)
    page.get_by_label("Imię i nazwisko").fill("Anna Kowalska")
    page.get_by_label("Adres e-mail").fill("anna.kowalska@example.org")
    page.get_by_label("Liczba miejsc").fill("1")
    page.locator("input[name=consent]").check()
    page.get_by_role("button", name="Zarezerwuj", exact=True).click()
    expect(page.get_by_role("heading", name="Sprawdź swoją pocztę e-mail")).to_be_visible()
    assert_accessible(page)

    join_the_waiting_list_in_welsh(browser, demo_site.url)

    confirmation = message_to("anna.kowalska@example.org", f"Twoja rezerwacja na {POLISH_TITLE}")
    assert "/pl/bookings/" in confirmation.body
    assert "18:00 do 20:00" in confirmation.body
    (ics,) = [a for a in confirmation.attachments if a[0].endswith(".ics")]
    (vevent,) = icalendar.Calendar.from_ical(ics[1]).walk("VEVENT")
    starts = vevent.decoded("dtstart")
    event.refresh_from_db()
    local_start = timezone.localtime(event.starts_at, ZoneInfo("Europe/London"))
    assert (starts.hour, starts.minute) == (18, 0) and local_start.hour == 18
    assert starts == local_start and starts.utcoffset() == local_start.utcoffset()
    assert str(starts.tzinfo) == "Europe/London"
    assert vevent.decoded("dtend") - starts == timedelta(hours=2)

    page.goto(manage_path(confirmation))
    expect(page.get_by_role("heading", name="Masz rezerwację")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("button", name="Anuluj tę rezerwację").click()
    expect(
        page.get_by_role("heading", name="Czy na pewno chcesz anulować tę rezerwację?")
    ).to_be_visible()
    assert_accessible(page)
    page.get_by_role("button", name="Tak, anuluj moją rezerwację").click()
    expect(page.get_by_role("heading", name="Rezerwacja anulowana")).to_be_visible()
    assert_accessible(page)

    ffion = Booking.objects.get(email="ffion.hughes@example.org")
    assert ffion.status == Booking.Status.CONFIRMED and ffion.language == "cy"
    promoted = [m for m in mail.outbox if m.to == ["ffion.hughes@example.org"]][-1]
    assert promoted.subject == f"Mae lle wedi dod yn rhydd: mae gennych le yn {WELSH_TITLE}"
    assert "/cy/bookings/" in promoted.body
    # Chromium's PDF viewer loads its own chrome:// resources: no web request left the site.
    foreign = [url for url in page.request_log.foreign if url.startswith(("http:", "https:"))]
    assert foreign == []
    assert page.csp_violations() == []
