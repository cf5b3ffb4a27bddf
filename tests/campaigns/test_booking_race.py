"""Many people booking the last places at once: never more confirmed places than capacity."""

import threading

import pytest

from django.db import connection

from campaigns.events import bookings
from campaigns.models import Booking, EventSeats
from tests.campaigns.factories import EventIndexPageFactory, EventPageFactory
from tests.core.factories import HomePageFactory
from tests.factories import make_site_root

CLIENTS = 50
CAPACITY = 7


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_bookings_never_exceed_capacity():
    home = make_site_root(HomePageFactory())
    event = EventPageFactory(parent=EventIndexPageFactory(parent=home), capacity=CAPACITY)
    start = threading.Barrier(CLIENTS)
    outcomes = []

    def client(n):
        try:
            start.wait()
            booking = bookings.book(
                event, name=f"Person {n}", email=f"p{n}@example.org", places=1, waitlist=n % 2 == 0
            )
            outcomes.append(booking.status)
        except bookings.BookingError as error:
            outcomes.append(type(error).__name__)
        finally:
            connection.close()  # each thread had its own connection

    threads = [threading.Thread(target=client, args=(n,)) for n in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    confirmed = Booking.objects.filter(event=event, status=Booking.Status.CONFIRMED)
    assert confirmed.count() == CAPACITY
    assert outcomes.count("confirmed") == CAPACITY
    assert EventSeats.objects.get(event=event).booked == sum(b.places for b in confirmed)
    assert set(outcomes) <= {"confirmed", "waitlisted", "EventFull", "StoreBusy"}
    assert len(outcomes) == CLIENTS
    assert outcomes.count("StoreBusy") == 0  # writers waited their turn instead of failing
