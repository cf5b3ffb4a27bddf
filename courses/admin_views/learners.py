"""A learner's profile in the admin, and what a manager can do from it: send a new invitation,
reissue a certificate, download it. For the training managers of the learner's department
(and superusers); anyone else's learner is not found (404), so their existence is not
confirmed, and people without training-report access are refused outright.

Actions change nothing on GET: they ask first, and act on a POST with ``confirm=yes``.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse

from actsite.access_log import record_access
from courses import certificates, invitations, reports
from courses.learner_records import learner_record
from courses.models import Completion


def _learner(request, user_pk):
    """The learner ``user_pk`` if ``request.user`` may see them; PermissionDenied or 404."""
    if not request.user.has_perm("courses.view_training_report"):
        raise PermissionDenied
    learners = reports.learners_for(request.user).select_related(
        "learner__department", "learner__workplace_setting", "learner__manager"
    )
    return get_object_or_404(learners, pk=user_pk)


def _name(person):
    return person.get_full_name() or person.get_username()


def _confirm(request, person, heading, explanation, button):
    """The "are you sure?" page for an action on ``person``."""
    context = {
        "page_title": heading,
        "person": person,
        "explanation": explanation,
        "button": button,
        "back_url": reverse("training_learner_profile", args=[person.pk]),
    }
    return TemplateResponse(request, "courses/admin/learner_confirm.html", context)


def _confirmed(request):
    return request.method == "POST" and request.POST.get("confirm") == "yes"


def learner_profile(request, user_pk):
    person = _learner(request, user_pk)
    record_access(person, action="courses.learner_viewed", user=request.user)
    context = learner_record(person)
    context["page_title"] = f"Learner: {_name(person)}"
    return TemplateResponse(request, "courses/admin/learner_profile.html", context)


def resend_invitation(request, user_pk):
    """A fresh set-password link by email, for a learner who has not got in yet."""
    person = _learner(request, user_pk)
    profile_url = reverse("training_learner_profile", args=[person.pk])
    if not invitations.is_pending(person) or not person.email:
        messages.error(
            request,
            f"{_name(person)} has already signed in (or has no email address): they can use "
            "“Forgotten your password?” on the sign-in page.",
        )
        return redirect(profile_url)
    if not _confirmed(request):
        return _confirm(
            request,
            person,
            f"Send {_name(person)} a new invitation?",
            f"They will be emailed at {person.email} a new link to choose a password, valid "
            "for a few days. Links sent before keep working until one of them is used.",
            "Yes, send the invitation",
        )
    try:
        invitations.invite_learner(person)
    except invitations.InvitationFailed:
        messages.error(request, "The mail server did not take the invitation. Try again later.")
    else:
        record_access(person, action="courses.invitation_resent", user=request.user)
        messages.success(request, f"A new invitation is on its way to {_name(person)}.")
    return redirect(profile_url)


def _completion(person, completion_pk):
    return get_object_or_404(
        Completion.objects.select_related("module", "learner"),
        pk=completion_pk,
        learner=person,
        withdrawn_at=None,
    )


def reissue_certificate(request, user_pk, completion_pk):
    """A new code and PDF for a lost certificate (``courses.certificates``)."""
    person = _learner(request, user_pk)
    completion = _completion(person, completion_pk)
    if not _confirmed(request):
        return _confirm(
            request,
            person,
            f"Reissue {_name(person)}'s certificate for {completion.module.title}?",
            f"The certificate gets a new code; the old code ({completion.certificate_code}) "
            "will then show as “replaced” to anyone who checks it, so a lost copy no longer "
            "counts. The completion, its date, score and validity stay the same.",
            "Yes, reissue the certificate",
        )
    completion = certificates.reissue_certificate(completion, by=request.user)
    record_access(person, action="courses.certificate_reissued", user=request.user)
    messages.success(
        request,
        f"Certificate reissued with the code {completion.certificate_code}. "
        f"{_name(person)} can download it from My training, or you can download it here.",
    )
    return redirect(reverse("training_learner_profile", args=[person.pk]))


def certificate_pdf(request, user_pk, completion_pk):
    """The learner's current certificate, for the manager to print or send on."""
    person = _learner(request, user_pk)
    completion = _completion(person, completion_pk)
    record_access(person, action="courses.certificate_downloaded", user=request.user)
    response = HttpResponse(
        certificates.certificate_pdf(completion), content_type="application/pdf"
    )
    filename = f"certificate-{completion.certificate_code}.pdf"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response
