"""Background tasks the whole site shares."""

from django_tasks import task

from django.apps import apps

from actsite import outbox


@task()
def ping():
    """Does nothing: ``check_services`` enqueues it to prove the task queue takes work."""
    return "pong"


@task()
def deliver_email(model_label, email_id):
    """Send one email from an outbox (``actsite.outbox``); ``model_label`` names the outbox."""

    return outbox.deliver(apps.get_model(model_label), email_id)
