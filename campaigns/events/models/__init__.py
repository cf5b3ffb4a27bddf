"""Event pages, their places, bookings and the emails about them."""

from .booking import Booking
from .booking_email import BookingEmail
from .event import EventIndexPage, EventPage, EventSeats

__all__ = ["Booking", "BookingEmail", "EventIndexPage", "EventPage", "EventSeats"]
