"""The xAPI download beside the training report (``courses.xapi``): a training manager gets
the completions of their departments' learners, a superuser everyone's; anyone else is refused.
Each download is recorded in the personal-data audit trail."""

from django.core.exceptions import PermissionDenied
from django.http import JsonResponse

from actsite.access_log import record_access
from courses import reports, xapi


def xapi_download(request):
    if not request.user.has_perm("courses.view_training_report"):
        raise PermissionDenied
    learners = None if request.user.is_superuser else reports.learners_for(request.user)
    statements = xapi.statements(xapi.completions(learners))
    record_access(
        request.user,
        action="courses.xapi_exported",
        user=request.user,
        data={"statements": len(statements)},
    )
    response = JsonResponse(
        statements, safe=False, json_dumps_params={"indent": 2, "ensure_ascii": False}
    )
    response["Content-Disposition"] = 'attachment; filename="training-xapi.json"'
    return response
