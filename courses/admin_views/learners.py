"""A learner's profile in the admin, for the training managers of their department (and
superusers). Anyone else's learner is not found (404), so their existence is not confirmed."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse

from actsite.access_log import record_access
from courses import reports
from courses.learner_records import learner_record


def learner_profile(request, user_pk):
    if not request.user.has_perm("courses.view_training_report"):
        raise PermissionDenied
    learners = reports.learners_for(request.user).select_related(
        "learner__department", "learner__workplace_setting", "learner__manager"
    )
    person = get_object_or_404(learners, pk=user_pk)
    record_access(person, action="courses.learner_viewed", user=request.user)
    context = learner_record(person)
    context["page_title"] = f"Learner: {person.get_full_name() or person.get_username()}"
    return TemplateResponse(request, "courses/admin/learner_profile.html", context)
