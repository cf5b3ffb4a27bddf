"""Learners' pages: module overview, lessons, the quiz, My training, certificates, verify.

Thin: the rules are in ``progress``, ``quiz``, ``my_training`` and ``certificates``.
"""

import logging

from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from courses import certificates, progress, quiz_limits, team
from courses import quiz as quizzes
from courses.models import Completion
from courses.my_training import rows_for
from courses.status import progress_on

logger = logging.getLogger(__name__)


def _private(response):
    response["Cache-Control"] = "private, no-store"
    return response


def module_overview(request, module):
    context = module.get_context(request)
    lessons = list(module.lessons())
    context["lessons"] = lessons
    if request.user.is_authenticated:
        viewed, completion, status = progress_on(request.user, module)
        context.update(
            viewed=viewed,
            status=status,
            completion=completion,
            # "Carry on" opens the first lesson not viewed yet (in any language).
            next_lesson=next((x for x in lessons if x.translation_key not in viewed), None),
        )
    return _private(TemplateResponse(request, module.template, context))


def lesson(request, lesson_page):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    module = lesson_page.get_parent().specific
    completion = progress.record_lesson_view(request.user, lesson_page)
    siblings = list(module.lessons())
    position = next(i for i, page in enumerate(siblings) if page.pk == lesson_page.pk)
    context = lesson_page.get_context(request)
    context.update(
        module=module,
        position=position + 1,
        total=len(siblings),
        next_lesson=siblings[position + 1] if position + 1 < len(siblings) else None,
        previous_lesson=siblings[position - 1] if position else None,
        completion=completion,
    )
    return _private(TemplateResponse(request, lesson_page.template, context))


def quiz(request, module):
    """The quiz: a failed attempt shows topics to revisit (never the answers); a pass shows the
    certificate at once, or the lessons still to open. Too soon after a failed attempt, or past
    the day's attempts, the page says when to come back (429 for a submission)."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    context = {"page": module, "module": module, "questions": quizzes.questions(module)}
    status = 200
    if request.method == "POST":
        submitted = {
            key[2:]: request.POST.getlist(key) for key in request.POST if key.startswith("q-")
        }
        try:
            result, completion = progress.submit_quiz(request.user, module, submitted)
        except quizzes.TamperedAnswers as error:
            context["error"] = str(error)
            status = 400
        except quiz_limits.TooSoon as too_soon:
            context["refusal"] = too_soon.refusal
            status = 429
        else:
            context.update(
                result=result,
                completion=completion or progress.valid_completion(request.user, module),
                lessons_left=list(progress.lessons_left(request.user, module)),
                topics=_topics(result, module),
                refusal=None if result.passed else quiz_limits.refusal_for(request.user, module),
            )
    else:
        context["refusal"] = quiz_limits.refusal_for(request.user, module)
    response = TemplateResponse(request, "courses/quiz.html", context, status=status)
    if status == 429:
        response["Retry-After"] = str(context["refusal"].seconds_left)
    return _private(response)


def _topics(result, module):
    """(topic, the lesson of that title or None) for each topic to revisit."""
    lessons = {lesson.title.strip().lower(): lesson for lesson in module.lessons()}
    return [(topic, lessons.get(topic.lower())) for topic in result.topics_to_revisit()]


def _index_context(index_page, request):
    """What the base template needs from the training index, without the catalogue's queries."""
    return {"page": index_page, "self": index_page, "request": request}


@login_required
def my_training(request, index_page):
    context = _index_context(index_page, request)
    context.update(
        rows=rows_for(request.user),
        has_team=team.has_team(request.user),
        page_title=_("My training"),
    )
    return _private(TemplateResponse(request, "courses/my_training.html", context))


@login_required
def my_team(request, index_page):
    """A line manager's team and their training; a POST reminds one person about one module."""
    if request.method == "POST":
        try:
            person, module = int(request.POST["person"]), int(request.POST["module"])
            outcome = "sent" if team.remind_team_member(request.user, person, module) else "already"
        except (KeyError, ValueError, team.NotInTeam) as refused:
            raise Http404(_("Nobody in your team has that module to do.")) from refused
        except Exception as error:  # the mail server: say so, record nothing
            logger.warning("Could not send a team reminder: %s", type(error).__name__)
            outcome = "failed"
        return HttpResponseRedirect(f"{request.path}?reminder={outcome}")
    context = _index_context(index_page, request)
    context.update(
        team=team.team_of(request.user),
        reminder=request.GET.get("reminder", ""),
        page_title=_("Your team's training"),
    )
    return _private(TemplateResponse(request, "courses/team.html", context))


def verify_certificate(request, index_page):
    code = request.GET.get("code", "").strip()[:40]
    context = _index_context(index_page, request)
    context.update(code=code, page_title=_("Check a certificate"))
    if code:
        context["verification"] = certificates.verify(code)
    response = TemplateResponse(request, "courses/verify.html", context)
    response["Cache-Control"] = "no-store"
    response["X-Robots-Tag"] = "noindex"
    return response


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
    return _private(response)
