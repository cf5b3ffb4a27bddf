"""Calendar files (.ics) for events. They hold the event only: never who booked."""

import icalendar

from django.utils import timezone

from actsite.public_urls import site_domain


def event_calendar(event, request=None):
    """An iCalendar file with one VEVENT for ``event``, as bytes."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Act Against Trafficking//Events//EN")
    calendar.add("version", "2.0")
    item = icalendar.Event()
    item.add("uid", f"event-{event.pk}@{site_domain(event.get_site())}")
    item.add("dtstamp", timezone.now())
    item.add("dtstart", timezone.localtime(event.starts_at))
    item.add("dtend", timezone.localtime(event.ends_at))
    item.add("summary", event.title)
    location = ", ".join(
        part for part in (event.venue_name, event.venue_address.replace("\n", ", ")) if part
    )
    item.add("location", location or event.online_url)
    url = event.get_full_url()
    item.add("description", f"{event.summary}\n\n{url}")
    item.add("url", url)
    calendar.add_component(item)
    return calendar.to_ical()
