"""Event pages, their places, bookings and the emails about them."""

from .attendee_message import AttendeeMessage, AttendeeMessageEmail
from .booking import Booking
from .booking_email import BookingEmail
from .event import EventIndexPage, EventPage, EventSeats

__all__ = [
    "AttendeeMessage",
    "AttendeeMessageEmail",
    "Booking",
    "BookingEmail",
    "EventIndexPage",
    "EventPage",
    "EventSeats",
]
