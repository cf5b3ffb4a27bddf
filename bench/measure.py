"""What the load test cannot show: bookings per second with 50 clients racing for one event
(checked against capacity), and the training report's time and query count on the full data.
Prints one JSON object.

    DJANGO_SETTINGS_MODULE=actsite.settings.production python bench/measure.py
"""

import json
import threading
import time
from datetime import timedelta

import django

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

from wagtail.models import Locale  # noqa: E402

from campaigns.events import bookings  # noqa: E402
from campaigns.models import Booking, EventIndexPage, EventPage  # noqa: E402
from courses import reports  # noqa: E402

CLIENTS = 50
CAPACITY = 30


def booking_race():
    index = EventIndexPage.objects.get(locale=Locale.get_default())
    starts_at = timezone.now() + timedelta(days=30)
    event = EventPage(
        title=f"Bench race {time.time_ns()}",
        starts_at=starts_at,
        ends_at=starts_at + timedelta(hours=2),
        capacity=CAPACITY,
        max_places_per_booking=4,
        summary="Bench",
        venue_name="Town Hall",
        venue_address="1 High Street",
        locale=index.locale,
        live=True,
    )
    index.add_child(instance=event)
    gate = threading.Barrier(CLIENTS)
    outcomes = []

    def client(n):
        try:
            gate.wait()
            booking = bookings.book(event, name=f"P{n}", email=f"race{n}@example.org", places=1)
            outcomes.append(booking.status)
        except bookings.BookingError as error:
            outcomes.append(type(error).__name__)
        finally:
            connection.close()

    threads = [threading.Thread(target=client, args=(n,)) for n in range(CLIENTS)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - started
    confirmed = Booking.objects.filter(event=event, status=Booking.Status.CONFIRMED).count()
    return {
        "clients": CLIENTS,
        "capacity": CAPACITY,
        "confirmed": confirmed,
        "never_overbooked": confirmed <= CAPACITY,
        "attempts_per_second": round(CLIENTS / seconds, 1),
        "seconds": round(seconds, 3),
    }


def training_report():
    admin = get_user_model().objects.filter(is_superuser=True).first()
    learners = reports.learners_for(admin)
    out = {"learners": learners.count()}
    for group_by in ("", "setting", "department"):
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            rows = reports.completion_report(learners, group_by=group_by)
            seconds = time.perf_counter() - started
        out[group_by or "by_module"] = {
            "rows": len(rows),
            "seconds": round(seconds, 3),
            "queries": len(captured),
        }
    return out


if __name__ == "__main__":
    print(json.dumps({"booking_race": booking_race(), "training_report": training_report()}))
