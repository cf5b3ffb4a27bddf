"""Which questions a learner is asked in one attempt at a module's quiz.

A module asks ``ModulePage.questions_per_attempt`` questions drawn at random from its bank (0,
or a number at least the bank's size, asks every question in the bank's order). The draw is
made when the learner opens the quiz and remembered in their session, keyed by the module's
``translation_key`` (a module's translations keep their questions' ids, so the Welsh quiz
shows the same draw); reloading the page shows the same questions, the answers are scored
against them only, and a scored attempt forgets the draw so the next attempt gets a new one.
"""

import secrets

from courses import quiz

_random = secrets.SystemRandom()


def _session_key(module):
    return f"quiz-draw-{module.translation_key}"


def draw_size(module):
    """How many questions an attempt at ``module`` asks."""
    bank = len(quiz.questions(module))
    return min(module.questions_per_attempt or bank, bank)


def is_whole_bank(module):
    """Whether every attempt asks every question (then there is nothing to remember)."""
    return draw_size(module) == len(quiz.questions(module))


def draw(module):
    """A new random draw of ``module``'s questions: a list of question ids."""
    ids = [question_id for question_id, _value in quiz.questions(module)]
    return _random.sample(ids, draw_size(module))


def drawn_ids(session, module):
    """The ids of the questions this attempt asks, or None when no draw is remembered (the
    learner has not opened the quiz, or their last draw was marked). Questions an editor has
    since removed from the bank are left out."""
    if is_whole_bank(module):
        return [question_id for question_id, _value in quiz.questions(module)]
    bank = {question_id for question_id, _value in quiz.questions(module)}
    remembered = [i for i in session.get(_session_key(module), []) if i in bank]
    return remembered or None


def questions_for(session, module):
    """The (id, value) pairs to show: the remembered draw, or a new one (then remembered)."""
    ids = drawn_ids(session, module)
    if ids is None:
        ids = draw(module)
        session[_session_key(module)] = ids
    bank = dict(quiz.questions(module))
    return [(question_id, bank[question_id]) for question_id in ids]


def forget(session, module):
    """Forget the draw once its attempt is marked: the next attempt draws again."""
    session.pop(_session_key(module), None)
