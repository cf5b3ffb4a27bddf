"""Telling people about training assigned to them: the module, its link and the due date.

Assigning a module (to a person, their department or their workplace setting) writes an
outbox row (``AssignmentEmail``) for every active person it reaches, in the same transaction,
and each is sent once it commits (``actsite.outbox``: retried for two days if the relay is
down). Each person hears about each assignment once, however often this runs. The email is in
the person's language where the site has it (``LearnerProfile.language``) and links to the
module in that language where it is translated.

The digest rule: when one of a person's assignment emails is sent, every other one waiting for
them (unsent, not being sent or waiting for a retry) goes in the same email, which lists each
module once with its earliest due date. So assignments made together (several modules at once
in the admin, or any batch in one transaction, since the emails are sent after it commits)
reach each person as one email, and each row is marked sent with it.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils import timezone, translation

from actsite import outbox
from actsite.localized import localized_objects
from actsite.models import WorkplaceSetting
from courses.invitations import email_language
from courses.learner_emails import send_learner_email
from courses.models import AssignmentEmail


def people_reached(assignment):
    """Active accounts with an email address that ``assignment`` reaches: the person named,
    everyone in the department, or everyone in the workplace setting (in any language)."""
    target = Q(pk=assignment.learner_id) if assignment.learner_id else Q()
    if assignment.department_id:
        target = Q(learner__department_id=assignment.department_id)
    if assignment.workplace_setting_id:
        same = WorkplaceSetting.objects.filter(pk=assignment.workplace_setting_id)
        target = Q(learner__workplace_setting__translation_key__in=same.values("translation_key"))
    if not target:
        return get_user_model().objects.none()
    return get_user_model().objects.filter(target, is_active=True).exclude(email="")


def tell_people_assigned(assignment):
    """Queue the email to everyone ``assignment`` reaches who has not had it; each goes after
    the transaction commits. Returns how many were queued."""
    recipients = people_reached(assignment).values_list("pk", flat=True)
    told = set(
        AssignmentEmail.objects.filter(assignment=assignment).values_list("recipient", flat=True)
    )
    new = [
        AssignmentEmail(recipient_id=pk, assignment=assignment)
        for pk in recipients
        if pk not in told
    ]
    AssignmentEmail.objects.bulk_create(new, ignore_conflicts=True)
    queued = AssignmentEmail.objects.filter(assignment=assignment, sent_at=None).exclude(
        recipient_id__in=told
    )
    for email in queued:
        outbox.queue_after_commit(email)
    return len(new)


def people_told(assignments):
    """How many people the emails about ``assignments`` go to (each counted once)."""
    emails = AssignmentEmail.objects.filter(assignment__in=assignments)
    return emails.values("recipient").distinct().count()


def _claim_waiting(email):
    """The recipient's other assignment emails waiting to go, claimed (as ``outbox.deliver``
    claims) so that no other worker sends them meanwhile."""
    now = timezone.now()
    waiting = outbox.due(AssignmentEmail).filter(recipient_id=email.recipient_id)
    claimed = []
    for other in waiting.exclude(pk=email.pk).select_related("assignment__module"):
        taken = (
            AssignmentEmail.objects.filter(pk=other.pk, sent_at=None)
            .filter(Q(claimed_until=None) | Q(claimed_until__lte=now))
            .update(claimed_until=now + outbox.CLAIM_FOR)
        )
        if taken:
            claimed.append(other)
    return claimed


def _modules(emails):
    """Each module the emails are about, once (in any language), with its earliest due date:
    [(module, due_on)], soonest first."""
    earliest = {}
    for email in emails:
        module, due_on = email.assignment.module, email.assignment.due_on
        key = module.translation_key
        if key not in earliest or due_on < earliest[key][1]:
            earliest[key] = (module, due_on)
    return sorted(earliest.values(), key=lambda pair: (pair[1], pair[0].title))


def send_outbox_email(email):
    """Render and send one ``AssignmentEmail`` (its ``SEND``; ``actsite.outbox.deliver``),
    together with the recipient's other waiting ones: one email, a digest when it is about
    more than one module. The others are marked sent with it; if the mail server refuses,
    they are released to be tried again on their own schedule."""
    person = email.recipient
    others = _claim_waiting(email)
    try:
        _send(person, _modules([email, *others]))
    except Exception:
        AssignmentEmail.objects.filter(pk__in=[o.pk for o in others]).update(claimed_until=None)
        raise
    AssignmentEmail.objects.filter(pk__in=[o.pk for o in others]).update(
        sent_at=timezone.now(), claimed_until=None, last_error=""
    )


def _send(person, modules):
    with translation.override(email_language(person)):
        rows = []
        for module, due_on in modules:
            module = localized_objects([module.specific])[0]
            rows.append({"module": module, "due_on": due_on, "module_url": module.get_full_url()})
        my_training_url = f"{rows[0]['module'].get_parent().get_full_url()}my/"
    if len(rows) == 1:
        context = {"person": person, "my_training_url": my_training_url, **rows[0]}
        send_learner_email(person, "assignment", context)
    else:
        context = {"person": person, "my_training_url": my_training_url, "modules": rows}
        send_learner_email(person, "assignment_digest", context)
