"""Events and bookings: event pages, places that never overbook, waiting lists, emails, calendar
files, the organisers' attendee lists and check-in."""
