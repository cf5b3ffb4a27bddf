"""At the door, on a phone: the organiser scans a booker's ticket with the camera and the page
says, loudly, that they are checked in. Chromium's fake camera shows the ticket's QR code (made
from the booking, as in the confirmation email); Chromium on Linux has no BarcodeDetector, so
this goes the way most phones without it go: frames read by the server."""

import io

import pytest
from PIL import Image
from playwright.sync_api import expect

from django.core.management import call_command

from wagtail.models import Locale

from campaigns.events import bookings, tickets
from campaigns.models import Booking, EventPage
from tests.browser.conftest import CHROMIUM, CHROMIUM_FLAGS

PASSWORD = "a demo password for browser tests"
PHONE = {"width": 390, "height": 844}


def ticket_video(path, reference):
    """A Y4M video (what Chromium's fake camera plays) of the ticket held up to the camera."""
    frame = Image.new("RGB", (640, 480), "white")
    code = Image.open(io.BytesIO(tickets.qr_png(reference))).convert("RGB").resize((360, 360))
    frame.paste(code, (140, 60))
    y, cb, cr = frame.convert("YCbCr").split()
    chroma = [plane.resize((320, 240)).tobytes() for plane in (cb, cr)]
    with open(path, "wb") as video:
        video.write(b"YUV4MPEG2 W640 H480 F10:1 Ip A1:1 C420jpeg\n")
        for _ in range(10):
            video.write(b"FRAME\n" + y.tobytes() + chroma[0] + chroma[1])


@pytest.fixture
def camera_browser(playwright_session, tmp_path, demo_site, monkeypatch):
    monkeypatch.setenv("DEMO_USER_PASSWORD", PASSWORD)
    call_command("load_demo_content", users=True, stdout=io.StringIO())
    # The original, not one of its translations (they share its start, and its bookings).
    event = (
        EventPage.objects.filter(organiser__username="olu", locale=Locale.get_default())
        .order_by("starts_at")
        .last()
    )
    booking = bookings.book(event, name="Priya Shah", email="priya@example.org", places=1)
    video = tmp_path / "ticket.y4m"
    ticket_video(video, booking.reference)
    browser = playwright_session.chromium.launch(
        executable_path=CHROMIUM,
        args=[
            *CHROMIUM_FLAGS,
            "--use-fake-ui-for-media-stream",
            "--use-fake-device-for-media-stream",
            f"--use-file-for-fake-video-capture={video}",
        ],
    )
    context = browser.new_context(base_url=demo_site.url, viewport=PHONE, has_touch=True)
    context.grant_permissions(["camera"])
    yield context.new_page(), event, booking
    context.close()
    browser.close()


def test_an_organiser_checks_a_ticket_in_with_the_phone_camera(camera_browser):
    page, event, booking = camera_browser
    page.goto("/admin/login/")
    page.get_by_label("Username").fill("olu")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/admin/")
    page.goto(f"/admin/events/{event.pk}/check-in/")
    page.get_by_role("button", name="Scan with the camera").click()
    expect(page.get_by_role("alert")).to_contain_text(
        "Checked in: Priya Shah, 1 place.", timeout=20_000
    )
    booking.refresh_from_db()
    assert booking.attended_at is not None
    # Scanning the same ticket again is refused, loudly.
    page.get_by_role("button", name="Scan with the camera").click()
    expect(page.get_by_role("alert")).to_contain_text("Already used", timeout=20_000)
    assert Booking.objects.filter(pk=booking.pk, attended_at__isnull=False).exists()
