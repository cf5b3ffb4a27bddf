"""What learners see of the training pages, as the pages' own route handlers (Wagtail's
``RoutablePageMixin``): a module's overview and quiz, a lesson, My training, a line manager's
team and the certificate check. Thin: the rules are in ``courses.progress``, ``quiz``,
``quiz_limits``, ``my_training``, ``team`` and ``certificates``, which import these models,
so each handler imports what it uses when it runs."""

import logging

from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from wagtail.contrib.routable_page.models import RoutablePageMixin, path

logger = logging.getLogger(__name__)


def private(response):
    """Personal pages are never kept by any cache."""
    response["Cache-Control"] = "private, no-store"
    return response


class TrainingIndexRoutes(RoutablePageMixin):
    """The catalogue (``""``), ``my/``, ``team/`` and ``verify/``."""

    def _frame(self, request, page_title):
        """What the base template needs, without the catalogue's queries."""
        return {"page": self, "self": self, "request": request, "page_title": page_title}

    @path("")
    def catalogue(self, request):
        return self.render(request)

    @path("my/")
    def my_training(self, request):
        from courses import team  # noqa: PLC0415 - it imports these models
        from courses.my_training import rows_for  # noqa: PLC0415 - it imports these models

        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        context = self._frame(request, _("My training"))
        context.update(rows=rows_for(request.user), has_team=team.has_team(request.user))
        return private(TemplateResponse(request, "courses/my_training.html", context))

    @path("team/")
    def my_team(self, request):
        """A line manager's team and their training; a POST reminds one person of one module."""
        from courses import team  # noqa: PLC0415 - it imports these models

        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if request.method == "POST":
            try:
                person, module = int(request.POST["person"]), int(request.POST["module"])
                reminded = team.remind_team_member(request.user, person, module)
                outcome = "sent" if reminded else "already"
            except (KeyError, ValueError, team.NotInTeam) as refused:
                raise Http404(_("Nobody in your team has that module to do.")) from refused
            except Exception as error:  # noqa: BLE001 - the mail server: say so, record nothing
                logger.warning("Could not send a team reminder: %s", type(error).__name__)
                outcome = "failed"
            return HttpResponseRedirect(f"{request.path}?reminder={outcome}")
        context = self._frame(request, _("Your team's training"))
        context.update(team=team.team_of(request.user), reminder=request.GET.get("reminder", ""))
        return private(TemplateResponse(request, "courses/team.html", context))

    @path("verify/")
    def verify(self, request):
        from courses import certificates  # noqa: PLC0415 - it imports these models

        code = request.GET.get("code", "").strip()[:40]
        context = self._frame(request, _("Check a certificate"))
        context["code"] = code
        if code:
            context["verification"] = certificates.verify(code)
        response = TemplateResponse(request, "courses/verify.html", context)
        response["Cache-Control"] = "no-store"
        response["X-Robots-Tag"] = "noindex"
        return response


class ModuleRoutes(RoutablePageMixin):
    """A module's overview (``""``) and its quiz (``quiz/``)."""

    @path("")
    def overview(self, request):
        from courses.status import minutes_left, progress_on  # noqa: PLC0415 - it imports models

        context = self.get_context(request)
        lessons = list(self.lessons())
        context["lessons"] = lessons
        if request.user.is_authenticated:
            viewed, completion, status = progress_on(request.user, self)
            done = sum(1 for lesson in lessons if lesson.translation_key in viewed)
            context.update(
                viewed_count=done,
                minutes_left=minutes_left(self, len(lessons), done),
                viewed=viewed,
                status=status,
                completion=completion,
                # "Carry on" opens the first lesson not viewed yet (in any language).
                next_lesson=next((x for x in lessons if x.translation_key not in viewed), None),
            )
        return private(TemplateResponse(request, self.template, context))

    @path("quiz/")
    def take_quiz(self, request):
        """The questions drawn for this attempt (``courses.quiz_draw``: the same ones until
        they are marked). A failed attempt shows topics to revisit (never the answers); a pass
        shows the certificate at once, or the lessons still to open. Too soon after a failed
        attempt, or past the day's attempts, the page says when to come back (429 for a
        submission). Answers to questions not drawn, or with no draw to mark, get a 400."""
        from courses import progress, quiz_draw, quiz_limits  # noqa: PLC0415 - they import models
        from courses import quiz as quizzes  # noqa: PLC0415 - kept beside them

        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        context = {"page": self, "module": self}
        status = 200
        if request.method == "POST":
            submitted = {
                key[2:]: request.POST.getlist(key) for key in request.POST if key.startswith("q-")
            }
            drawn = quiz_draw.drawn_ids(request.session, self)
            try:
                if drawn is None:
                    raise quizzes.TamperedAnswers(
                        _(
                            "These answers were already marked, or the questions have changed. "
                            "Here are your questions for a new attempt."
                        )
                    )
                result, completion = progress.submit_quiz(request.user, self, submitted, drawn)
            except quizzes.TamperedAnswers as error:
                context["error"] = str(error)
                status = 400
            except quiz_limits.TooSoon as too_soon:
                context["refusal"] = too_soon.refusal
                status = 429
            else:
                quiz_draw.forget(request.session, self)
                context.update(
                    result=result,
                    completion=completion or progress.valid_completion(request.user, self),
                    lessons_left=list(progress.lessons_left(request.user, self)),
                    topics=self._topics(result),
                    refusal=None if result.passed else quiz_limits.refusal_for(request.user, self),
                )
        else:
            context["refusal"] = quiz_limits.refusal_for(request.user, self)
        if status == 400 or not (context.get("refusal") or context.get("result")):
            context["questions"] = quiz_draw.questions_for(request.session, self)
        response = TemplateResponse(request, "courses/quiz.html", context, status=status)
        if status == 429:
            response["Retry-After"] = str(context["refusal"].seconds_left)
        return private(response)

    def _topics(self, result):
        """(topic, the lesson of that title or None) for each topic to revisit."""
        lessons = {lesson.title.strip().lower(): lesson for lesson in self.lessons()}
        return [(topic, lessons.get(topic.lower())) for topic in result.topics_to_revisit()]


class LessonServe:
    """A lesson, for signed-in learners only: viewing it counts towards the module."""

    def serve(self, request, *args, **kwargs):
        from courses import progress  # noqa: PLC0415 - it imports these models

        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        module = self.get_parent().specific
        completion = progress.record_lesson_view(request.user, self)
        siblings = list(module.lessons())
        position = next(i for i, page in enumerate(siblings) if page.pk == self.pk)
        context = self.get_context(request)
        context.update(
            module=module,
            position=position + 1,
            total=len(siblings),
            next_lesson=siblings[position + 1] if position + 1 < len(siblings) else None,
            previous_lesson=siblings[position - 1] if position else None,
            completion=completion,
        )
        return private(TemplateResponse(request, self.template, context))
