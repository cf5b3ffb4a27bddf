"""Background tasks (Django's tasks framework; a database queue with its worker in production)."""

from django_tasks import task

from campaigns import booking_emails


@task()
def deliver_booking_email(email_id):
    """Send one booking email from the outbox; see ``booking_emails.deliver``."""
    return booking_emails.deliver(email_id)
