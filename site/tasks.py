"""Background tasks the whole site shares."""

from django_tasks import task

from django.apps import apps

from actsite import outbox, purging


@task()
def ping():
    """Does nothing: ``check_services`` enqueues it to prove the task queue takes work."""
    return "pong"


@task()
def deliver_email(model_label, email_id):
    """Send one email from an outbox (``actsite.outbox``); ``model_label`` names the outbox."""

    return outbox.deliver(apps.get_model(model_label), email_id)


@task()
def purge_all_pages():
    """Purge every live page from the HTTP cache (``actsite.purging.purge_everything``)."""
    purging.purge_all_now()
