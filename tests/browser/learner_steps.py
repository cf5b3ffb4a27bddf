"""Steps a learner takes in the browser, shared by the training journeys."""

from tests.browser.accessibility import assert_accessible


def read_the_module_to_its_quiz(page):
    """From a module's overview: start it, read every lesson in turn (axe on each), and open
    the quiz, as a learner does."""
    page.get_by_role("link", name="Start the module").click()
    for _ in range(20):
        assert_accessible(page)
        next_lesson = page.get_by_role("link", name="Next:")
        if next_lesson.count() == 0:
            break
        next_lesson.click()
    page.get_by_role("link", name="Take the quiz").click()
    assert_accessible(page)
