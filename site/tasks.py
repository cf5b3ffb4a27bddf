"""Background tasks the whole site shares."""

from django_tasks import task


@task()
def ping():
    """Does nothing: ``check_services`` enqueues it to prove the task queue takes work."""
    return "pong"
