"""Calendar files: zoned times with their VTIMEZONE, a stable UID on the Site's domain,
SEQUENCE and STATUS for cancelled and moved events, invitations and cancellations by email,
and the online join link only in a confirmed booker's own email. Each file is read by two
independent parsers (icalendar and vobject)."""

from datetime import timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject

from django.core import mail
from django.core.management import call_command

from campaigns.events import bookings
from tests.campaigns.factories import EventPageFactory

pytestmark = pytest.mark.django_db

LONDON = ZoneInfo("Europe/London")
JOIN = "https://meet.example.test/secret-room-4711"


@pytest.fixture
def event(event_index):
    return EventPageFactory(
        parent=event_index, slug="briefing", title="Station staff briefing", capacity=2
    )


@pytest.fixture
def online_event(event_index):
    return EventPageFactory(
        parent=event_index,
        slug="online-briefing",
        title="Online briefing",
        venue_name="",
        venue_address="",
        online_url=JOIN,
        capacity=1,
    )


def public_file(client, event):
    response = client.get(f"{event.url}calendar/")
    assert response.status_code == 200
    return response.content


def parse_both(data):
    """The one VEVENT, as icalendar and as vobject read it; both must agree on zoned times."""
    text = data.decode() if isinstance(data, bytes) else data
    calendar = icalendar.Calendar.from_ical(text)
    vevent = next(iter(calendar.walk("VEVENT")))
    other = vobject.readOne(text)
    assert other.vevent.uid.value == str(vevent["uid"])
    for name in ("dtstart", "dtend"):
        ours, theirs = vevent[name].dt, getattr(other.vevent, name).value
        assert ours.tzinfo is not None and theirs.tzinfo is not None, "floating time"
        assert ours == theirs
    return calendar, vevent, other


def email_file(message):
    name, content, mimetype = next(a for a in message.attachments if a[0].endswith(".ics"))
    return content, mimetype


def test_the_public_file_has_zoned_times_with_their_timezone_and_a_site_uid(client, event):
    calendar, vevent, other = parse_both(public_file(client, event))
    zones = [str(zone["tzid"]) for zone in calendar.walk("VTIMEZONE")]
    assert zones == ["Europe/London"]
    assert vevent["dtstart"].params["TZID"] == "Europe/London"
    assert vevent["dtstart"].dt == event.starts_at.astimezone(LONDON)
    assert other.vevent.dtstart.value.utcoffset() == event.starts_at.astimezone(LONDON).utcoffset()
    assert str(vevent["uid"]) == f"event-{event.pk}@localhost"
    assert "127.0.0.1" not in str(vevent["uid"])
    assert vevent["sequence"] == 0 and str(vevent["status"]) == "CONFIRMED"
    assert "METHOD" not in calendar


def test_the_uid_follows_the_site_address_and_stays_the_same(client, event, settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "act.example.test"]
    call_command("set_site_address", "https://act.example.test")
    first = parse_both(public_file(client, event))[1]["uid"]
    again = parse_both(public_file(client, event))[1]["uid"]
    assert first == again == f"event-{event.pk}@act.example.test"


def test_cancelling_the_event_cancels_it_in_calendars(
    client, event, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        bookings.book(event, name="Sam", email="sam@example.org", places=1)
    invitation_calendar, invitation, _ = parse_both(email_file(mail.outbox[0])[0])
    with django_capture_on_commit_callbacks(execute=True):
        bookings.cancel_event(event)
    _, public, _ = parse_both(public_file(client, event))
    assert str(public["status"]) == "CANCELLED"
    assert public["sequence"] == invitation["sequence"] + 1
    content, mimetype = email_file(mail.outbox[-1])
    assert mimetype == "text/calendar; method=CANCEL"
    calendar, cancelled, other = parse_both(content)
    assert str(calendar["method"]) == "CANCEL" and other.method.value == "CANCEL"
    assert cancelled["uid"] == invitation["uid"]
    assert cancelled["sequence"] > invitation["sequence"]
    assert str(cancelled["status"]) == "CANCELLED"
    bookings.cancel_event(event)  # again: nothing more changes
    assert parse_both(public_file(client, event))[1]["sequence"] == public["sequence"]


def test_moving_the_event_bumps_the_sequence_and_other_edits_do_not(client, event):
    assert parse_both(public_file(client, event))[1]["sequence"] == 0
    event.summary = "A new summary"
    event.save()
    assert parse_both(public_file(client, event))[1]["sequence"] == 0
    event.starts_at += timedelta(hours=1)
    event.ends_at += timedelta(hours=1)
    event.save()
    _, vevent, _ = parse_both(public_file(client, event))
    assert vevent["sequence"] == 1
    assert vevent["dtstart"].dt == event.starts_at.astimezone(LONDON)
    event.save()
    assert parse_both(public_file(client, event))[1]["sequence"] == 1


def test_a_confirmation_is_an_invitation_with_the_join_link_for_the_booker_only(
    online_event, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        bookings.book(online_event, name="Sam", email="sam@example.org", places=1)
    message = mail.outbox[0]
    assert JOIN in message.body
    content, mimetype = email_file(message)
    assert mimetype == "text/calendar; method=REQUEST"
    calendar, vevent, other = parse_both(content)
    assert str(calendar["method"]) == "REQUEST" and other.method.value == "REQUEST"
    assert JOIN in str(vevent["description"]) and JOIN in str(vevent["location"])
    assert str(vevent["attendee"]) == "mailto:sam@example.org"
    assert str(vevent["organizer"]).startswith("mailto:")


def test_the_waiting_list_gets_no_join_link_and_no_invitation(
    online_event, django_capture_on_commit_callbacks
):
    bookings.book(online_event, name="Ana", email="ana@example.org", places=1)
    with django_capture_on_commit_callbacks(execute=True):
        bookings.book(online_event, name="Sam", email="sam@example.org", places=1, waitlist=True)
    message = mail.outbox[-1]
    assert message.to == ["sam@example.org"]
    assert JOIN not in message.body
    assert not message.attachments


def test_a_promoted_booker_is_invited_with_the_join_link(
    online_event, django_capture_on_commit_callbacks
):
    first = bookings.book(online_event, name="Ana", email="ana@example.org", places=1)
    bookings.book(online_event, name="Sam", email="sam@example.org", places=1, waitlist=True)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        bookings.cancel_booking(first)
    promoted = next(m for m in mail.outbox if m.to == ["sam@example.org"])
    assert JOIN in promoted.body
    content, mimetype = email_file(promoted)
    assert mimetype == "text/calendar; method=REQUEST"
    assert JOIN in str(parse_both(content)[1]["description"])
    cancelled = next(m for m in mail.outbox if m.to == ["ana@example.org"])
    assert JOIN not in cancelled.body


def test_a_cancelled_booking_is_cancelled_in_the_bookers_calendar(
    online_event, django_capture_on_commit_callbacks
):
    booking = bookings.book(online_event, name="Sam", email="sam@example.org", places=1)
    with django_capture_on_commit_callbacks(execute=True):
        bookings.cancel_booking(booking)
    content, mimetype = email_file(mail.outbox[-1])
    assert mimetype == "text/calendar; method=CANCEL"
    calendar, vevent, _ = parse_both(content)
    assert str(vevent["status"]) == "CANCELLED"
    assert JOIN not in content
    assert vevent["attendee"].params["PARTSTAT"] == "DECLINED"


def test_the_join_link_is_in_no_public_response(client, online_event, home_page):
    bookings.book(online_event, name="Sam", email="sam@example.org", places=1)
    urls = [
        "/",
        "/events/",
        "/events/?when=past",
        online_event.url,
        f"{online_event.url}book/",
        f"{online_event.url}calendar/",
        "/sitemap.xml",
        "/search/?q=briefing",
    ]
    for url in urls:
        response = client.get(url, follow=True)
        assert response.status_code in (200, 404), url
        assert JOIN.encode() not in response.content, url
        assert b"secret-room" not in response.content, url
    calendar, vevent, _ = parse_both(public_file(client, online_event))
    assert str(vevent["location"]) == "Online"
    assert "ATTENDEE" not in vevent and "ORGANIZER" not in vevent


def test_times_in_summer_and_winter_keep_their_local_hour(client, event_index):
    summer = EventPageFactory(parent=event_index, slug="summer")
    summer.starts_at = summer.starts_at.replace(month=7, day=1, hour=18, tzinfo=LONDON)
    summer.ends_at = summer.starts_at + timedelta(hours=2)
    summer.save()
    _, vevent, other = parse_both(public_file(client, summer))
    assert vevent["dtstart"].dt.hour == 18 == other.vevent.dtstart.value.hour
    assert other.vevent.dtstart.value.utcoffset() == timedelta(hours=1)
