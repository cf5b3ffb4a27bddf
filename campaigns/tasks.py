"""Background tasks (Django's tasks framework; a database queue with its worker in production)."""

from django_tasks import task

from actsite import outbox
from campaigns.models import BookingEmail


@task()
def deliver_booking_email(email_id):
    """Send one booking email from the outbox. Emails are now queued as
    ``actsite.tasks.deliver_email``; this stays for tasks queued before that change."""

    return outbox.deliver(BookingEmail, email_id)


@task()
def build_venue_pack(pack_id):
    """Build one venue toolkit ZIP (``campaigns.toolkit.packs.build_pack``)."""
    from campaigns.toolkit.packs import build_pack  # noqa: PLC0415 - packs imports this module

    build_pack(pack_id)
