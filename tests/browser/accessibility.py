"""axe-core checks for WCAG 2.0, 2.1 and 2.2 at levels A and AA, and headings in order
(axe's ``heading-order``, a best practice: no level skipped, issue 21)."""

from axe_playwright_python.sync_playwright import Axe

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]

OPTIONS = {
    "runOnly": {"type": "tag", "values": WCAG_TAGS},
    "rules": {"heading-order": {"enabled": True}},
}

_axe = Axe()


def assert_accessible(page):
    page.wait_for_load_state("load")  # after a click, check the new page once it is styled
    results = _axe.run(page, options=OPTIONS)
    assert results.violations_count == 0, f"{page.url}\n{results.generate_report()}"
