"""Demo events in every setting: the Town Hall evening, one nearly full, one full with people
waiting, one online, one in the archive. Bookings go through ``book()`` like anyone's."""

from datetime import timedelta

from django.utils import timezone
from django.utils.html import escape

from actsite.demo.loaders import publish_child
from campaigns.events import bookings
from campaigns.models import BookingEmail, EventPage

from . import text


def ensure_events(index, workplace_settings, campaigns):
    today = timezone.localtime().replace(minute=0, second=0, microsecond=0)
    for data in text.EVENTS:
        if EventPage.objects.child_of(index).filter(slug=data["slug"]).exists():
            continue
        starts_at = (today + timedelta(days=data["days"])).replace(hour=data["hour"])
        event = EventPage(
            title=data["title"],
            slug=data["slug"],
            summary=data["summary"],
            starts_at=starts_at,
            ends_at=starts_at + timedelta(hours=data["hours"]),
            venue_name=data["venue"],
            venue_address=data["address"],
            venue_accessibility=text.EVENT_ACCESS if data["venue"] else "",
            online_url=data.get("online", ""),
            capacity=data["capacity"],
            max_places_per_booking=4,
            campaign=campaigns.get(data["campaign"]),
            body=[("paragraph", f"<p>{escape(data['summary'])}</p>")],
            locale=index.locale,
        )
        event.workplace_settings = [workplace_settings[slug] for slug in data["settings"]]
        event = publish_child(index, event)
        for n, (places, waiting) in enumerate(data["bookings"]):
            name, organisation = text.DEMO_BOOKERS[n % len(text.DEMO_BOOKERS)]
            booking = bookings.book(
                event,
                name=name,
                email=f"{name.split()[0].lower()}.{n}@example.org",
                organisation=organisation,
                places=places,
                waitlist=waiting,
            )
            # Demo bookers are made up: their confirmations count as sent, so none goes out.
            BookingEmail.objects.filter(booking=booking).update(sent_at=timezone.now())
