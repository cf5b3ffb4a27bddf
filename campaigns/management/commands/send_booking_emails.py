"""manage.py send_booking_emails: the old name of ``send_emails`` (every outbox)."""

from actsite.management.commands.send_emails import Command  # noqa: F401
