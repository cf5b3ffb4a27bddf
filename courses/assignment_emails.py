"""Telling people about training assigned to them: the module, its link and the due date.

Assigning a module (to a person, their department or their workplace setting) writes an
outbox row (``AssignmentEmail``) for every active person it reaches, in the same transaction,
and each is sent once it commits (``actsite.outbox``: retried for two days if the relay is
down). Each person hears about each assignment once, however often this runs. The email is in
the person's language where the site has it (``LearnerProfile.language``) and links to the
module in that language where it is translated.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils import translation

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


def send_outbox_email(email):
    """Render and send one ``AssignmentEmail`` (its ``SEND``; ``actsite.outbox.deliver``)."""
    person = email.recipient
    with translation.override(email_language(person)):
        module = localized_objects([email.assignment.module.specific])[0]
        context = {
            "person": person,
            "module": module,
            "due_on": email.assignment.due_on,
            "module_url": module.get_full_url(),
            "my_training_url": f"{module.get_parent().get_full_url()}my/",
        }
    send_learner_email(person, "assignment", context)
