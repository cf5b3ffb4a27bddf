"""Booking a place at an event and cancelling it, in a real browser, with axe on every step."""

import re
from urllib.parse import urlsplit

from playwright.sync_api import expect

from django.core import mail

from tests.browser.accessibility import assert_accessible


def manage_path(message):
    return urlsplit(re.search(r"https?://\S+/bookings/\S+/", message.body).group(0)).path


def test_book_a_place_then_cancel_with_the_emailed_link(page):
    page.goto("/events/")
    assert_accessible(page)
    page.get_by_role("link", name="Transport", exact=True).click()
    assert "setting=transport" in page.url
    page.get_by_role("link", name="Briefing for station and platform staff").click()
    expect(page.get_by_text("2 places left")).to_be_visible()
    expect(page.get_by_role("link", name="Add to calendar")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Book a place").click()
    assert page.url.endswith("/events/station-staff-briefing/book/")
    expect(page.get_by_role("heading", name="Book a place")).to_be_visible()
    expect(page.get_by_text("2 places left")).to_be_visible()
    assert_accessible(page)

    page.get_by_label("Name", exact=True).fill("Rhian Evans")
    page.get_by_label("Email address").fill("rhian.evans@example")
    page.get_by_label("Number of places").fill("3")
    page.get_by_role("button", name="Book").click()
    summary = page.get_by_role("alert")
    assert "There is a problem" in summary.inner_text()
    assert "You can book up to" not in summary.inner_text()  # 3 is allowed; only 2 are left
    assert page.get_by_label("Name", exact=True).input_value() == "Rhian Evans"
    assert_accessible(page)

    page.get_by_label("Email address").fill("rhian.evans@example.org")
    page.get_by_label("Number of places").fill("2")
    page.get_by_label(re.compile("I have read the privacy notice")).check()
    page.get_by_role("button", name="Book").click()
    expect(page.get_by_role("heading", name="Check your email")).to_be_visible()
    assert_accessible(page)

    message = next(m for m in mail.outbox if m.to == ["rhian.evans@example.org"])
    assert message.attachments
    page.goto(manage_path(message))
    expect(page.get_by_role("heading", name="You are booked")).to_be_visible()
    assert page.locator(".lead strong").inner_text() in message.body  # the reference
    page.get_by_role("button", name="Cancel this booking").click()
    assert page.get_by_role(
        "heading", name="Are you sure you want to cancel this booking?"
    ).is_visible()
    assert_accessible(page)
    page.get_by_role("button", name="Yes, cancel my booking").click()
    expect(page.get_by_role("heading", name="Booking cancelled")).to_be_visible()
    assert_accessible(page)
    page.goto("/events/station-staff-briefing/")
    expect(page.get_by_text("2 places left")).to_be_visible()
    assert page.request_log.foreign == [] and page.csp_violations() == []


def test_a_full_event_offers_the_waiting_list_and_tells_people_their_place(page):
    page.goto("/events/restaurant-owners-training/")
    expect(page.get_by_text("Fully booked — join the waiting list")).to_be_visible()
    page.get_by_role("link", name="Join the waiting list").click()
    expect(page.get_by_role("heading", name="Join the waiting list")).to_be_visible()
    page.get_by_label("Name", exact=True).fill("Daniel Okafor")
    page.get_by_label("Email address").fill("daniel@example.org")
    page.get_by_label(re.compile("I have read the privacy notice")).check()
    page.get_by_role("button", name="Join the waiting list").click()
    expect(page.get_by_role("heading", name="Check your email")).to_be_visible()
    message = next(m for m in mail.outbox if m.to == ["daniel@example.org"])
    page.goto(manage_path(message))
    expect(page.get_by_role("heading", name="You are on the waiting list")).to_be_visible()
    expect(page.get_by_text("You are number 3 on the waiting list")).to_be_visible()
    assert_accessible(page)
