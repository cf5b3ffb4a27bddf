"""A learner's own certificate as a PDF. (The training pages themselves are the pages' route
handlers: ``courses.models.learner_routes``.)"""

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.utils.translation import gettext as _

from courses import certificates
from courses.models import Completion
from courses.models.learner_routes import private


@login_required
def certificate_pdf(request, code):
    """The learner's own certificate; anyone else's code is not found."""
    completion = (
        Completion.objects.select_related("module", "learner")
        .filter(certificate_code=code, learner=request.user)
        .first()
    )
    if completion is None:
        raise Http404(_("No certificate of yours has that code."))
    response = HttpResponse(
        certificates.certificate_pdf(completion), content_type="application/pdf"
    )
    response["Content-Disposition"] = f'inline; filename="certificate-{code}.pdf"'
    return private(response)
