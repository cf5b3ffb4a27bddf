"""Printed-pack requests: taking them from venues and moving them through their statuses."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from actsite import outbox
from actsite.furniture import footer_helplines
from actsite.localized import localized_objects
from campaigns.models import PackRequest, PackRequestEmail, PackRequestItem

Status = PackRequest.Status

# Where each status may go next. Declined and sent are final.
TRANSITIONS = {
    Status.REQUESTED: {Status.APPROVED, Status.DECLINED},
    Status.APPROVED: {Status.SENT, Status.DECLINED},
    Status.SENT: set(),
    Status.DECLINED: set(),
}

COORDINATORS_GROUP = "Campaign coordinators"


class TransitionError(ValueError):
    pass


def coordinator_emails():
    """Who hears about new requests: PACK_REQUEST_RECIPIENTS, the coordinators group, or
    (when neither names anyone) the superusers."""
    configured = list(getattr(settings, "PACK_REQUEST_RECIPIENTS", []))
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    coordinators = list(
        users.filter(groups__name=COORDINATORS_GROUP).values_list("email", flat=True)
    )
    recipients = configured + coordinators
    if not recipients:
        recipients = list(users.filter(is_superuser=True).values_list("email", flat=True))
    return sorted(set(recipients))


@transaction.atomic
def submit_pack_request(details, items):
    """Store a request with its items and the coordinators' email in the outbox.

    ``details``: the PackRequest fields; ``items``: (resource, language, quantity) tuples.
    The email goes by the task queue once the request is safely stored, and is retried while
    the mail relay is down (``actsite.outbox``): the visitor's request never depends on it.
    """
    pack_request = PackRequest(**details)
    pack_request.items = [
        PackRequestItem(resource=resource, language=language, quantity=quantity)
        for resource, language, quantity in items
    ]
    pack_request.save()
    _queue(pack_request, PackRequestEmail.Kind.RECEIVED)
    _queue(pack_request, PackRequestEmail.Kind.ACKNOWLEDGED)
    return pack_request


def _queue(pack_request, kind):
    """Write the email to the outbox with the change it tells of; it goes once that is stored."""
    email, _ = PackRequestEmail.objects.get_or_create(pack_request=pack_request, kind=kind)
    outbox.queue_after_commit(email)


def send_outbox_email(email):
    """Send a ``PackRequestEmail`` outbox row (``PackRequestEmail.SEND``)."""
    if email.kind == PackRequestEmail.Kind.RECEIVED:
        notify_coordinators(email.pack_request)
    else:
        tell_requester(email.pack_request, email.kind)


# The venue's emails, by kind: subject (translated in the request's language) and template.
REQUESTER_SUBJECTS = {
    PackRequestEmail.Kind.ACKNOWLEDGED: _("We have your request for printed posters"),
    PackRequestEmail.Kind.APPROVED: _("Your printed pack is approved"),
    PackRequestEmail.Kind.SENT: _("Your printed pack is on its way"),
    PackRequestEmail.Kind.DECLINED: _("About your request for printed posters"),
}


def tell_requester(pack_request, kind):
    """Email the person who asked, in the language they asked in: what they asked for, and
    where the request stands (approved; sent, with the date; declined, with the reason)."""
    with translation.override(pack_request.language):
        subject = outbox.single_line(str(REQUESTER_SUBJECTS[kind]))
        body = render_to_string(
            "campaigns/emails/pack_request_status.txt",
            {
                "pack_request": pack_request,
                "kind": kind,
                "items": [
                    (item, localized_objects([item.resource])[0])
                    for item in pack_request.items.select_related("resource")
                ],
                "helplines": footer_helplines(),
            },
        )
    send_mail(subject, body, None, [pack_request.contact_email])


def notify_coordinators(pack_request):
    recipients = coordinator_emails()
    if not recipients:
        return
    body = render_to_string(
        "campaigns/emails/pack_request_received.txt",
        {
            "pack_request": pack_request,
            "admin_url": settings.WAGTAILADMIN_BASE_URL
            + reverse("pack_requests:edit", args=[pack_request.pk]),
        },
    )
    send_mail(
        outbox.single_line(f"Printed pack request from {pack_request.venue_name}"),
        body,
        None,
        recipients,
    )


def change_status(pack_request, new_status, decline_reason=""):
    """Move a request to ``new_status`` if the workflow allows it; declining needs a reason.
    The venue is emailed about the change (through the outbox, in their language)."""
    new_status = Status(new_status)
    old_status = Status(pack_request.status)
    if new_status == old_status:
        return pack_request
    if new_status not in TRANSITIONS[old_status]:
        raise TransitionError(
            f"A request that is {old_status.label.lower()} cannot be marked "
            f"{new_status.label.lower()}."
        )
    if new_status == Status.DECLINED and not decline_reason.strip():
        raise TransitionError("Give a reason for declining: the venue will want to know why.")
    with transaction.atomic():
        pack_request.status = new_status
        pack_request.decline_reason = (
            decline_reason.strip() if new_status == Status.DECLINED else ""
        )
        if new_status == Status.SENT and pack_request.sent_on is None:
            pack_request.sent_on = timezone.localdate()
        pack_request.save(update_fields=["status", "decline_reason", "sent_on", "updated_at"])
        _queue(pack_request, PackRequestEmail.Kind(new_status.value))
    return pack_request
