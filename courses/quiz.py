"""Scoring a module's quiz, on the server. The page never learns which answers are right
until the learner has answered."""

from dataclasses import dataclass

from django.utils.translation import gettext as _


class TamperedAnswers(Exception):
    """The answers name choices the quiz does not have."""


@dataclass(frozen=True)
class QuestionResult:
    id: str
    question: str
    choices: list  # [(index, text, correct, ticked)]
    right: bool
    explanation: str
    multiple: bool
    topic: str = ""


@dataclass(frozen=True)
class QuizResult:
    score: int
    passed: bool
    questions: list
    answers: dict

    @property
    def wrong(self):
        return [q for q in self.questions if not q.right]

    @property
    def right_count(self):
        return sum(q.right for q in self.questions)

    def topics_to_revisit(self):
        """The topics of the questions answered wrongly, each once, in quiz order. Questions
        without a topic are left out (the page then points to the lessons)."""
        topics = []
        for question in self.wrong:
            if question.topic and question.topic not in topics:
                topics.append(question.topic)
        return topics


def questions(module):
    """The quiz's questions as (id, value) pairs, in order."""
    return [(block.id, block.value) for block in module.quiz if block.block_type == "question"]


def score(module, submitted, question_ids=None):
    """Score ``submitted`` ({question id: [choice index strings]}) against ``module``'s quiz,
    or against the questions ``question_ids`` of it drawn for this attempt (in that order).

    A question is right when exactly its correct choices are ticked. Unanswered questions are
    wrong. Raises ``TamperedAnswers`` for a question or choice the attempt does not have.
    """
    bank = dict(questions(module))
    if question_ids is None:
        question_ids = list(bank)
    known = {question_id: bank[question_id] for question_id in question_ids if question_id in bank}
    if set(submitted) - set(known):
        raise TamperedAnswers(_("Those answers do not belong to this quiz."))
    results, answers = [], {}
    for question_id, value in known.items():
        try:
            ticked = {int(index) for index in submitted.get(question_id, [])}
        except ValueError as error:
            raise TamperedAnswers(_("Those answers do not belong to this quiz.")) from error
        if not ticked <= set(range(len(value["choices"]))):
            raise TamperedAnswers(_("Those answers do not belong to this quiz."))
        correct = {i for i, choice in enumerate(value["choices"]) if choice["correct"]}
        answers[question_id] = sorted(ticked)
        results.append(
            QuestionResult(
                id=question_id,
                question=value["question"],
                choices=[
                    (i, choice["text"], choice["correct"], i in ticked)
                    for i, choice in enumerate(value["choices"])
                ],
                right=ticked == correct,
                explanation=value["explanation"],
                multiple=len(correct) > 1,
                topic=(value.get("topic") or "").strip(),
            )
        )
    total = len(results)
    percentage = round(100 * sum(r.right for r in results) / total) if total else 0
    return QuizResult(
        score=percentage,
        passed=total > 0 and percentage >= module.pass_mark,
        questions=results,
        answers=answers,
    )
