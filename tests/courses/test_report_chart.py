"""The training report's chart: inline SVG drawn on the server, named for assistive technology,
one bar per row of the table beside it, with the same numbers as the table (the hand-counted
data set of ``test_report_drill_down``), and status told by pattern and text, not colour alone."""

import re
import xml.etree.ElementTree as ET

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from actsite import roles
from courses.models import Department
from courses.report_chart import BAR_WIDTH, segments
from courses.status import Status
from tests.courses.test_report_drill_down import REPORT, data, superuser  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db

SVG = "{http://www.w3.org/2000/svg}"
# By setting, assigned modules only: (module: group) -> {status: people}, "rate% (done of total)"
HAND_COUNTED = {
    "A: spotting the signs: Leisure": (
        {"completed": 1, "not-started": 3},
        "Completed 1, Not started 3: 25% trained (1 of 4)",
    ),
    "A: spotting the signs: Restaurants": (
        {"completed": 1, "in-progress": 1, "not-started": 1},
        "Completed 1, In progress 1, Not started 1: 33% trained (1 of 3)",
    ),
    "B: referring: Restaurants": ({"not-started": 1}, "Not started 1: 0% trained (0 of 1)"),
}


def chart_and_table(page):
    """The chart's SVG element, parsed, and the table's rows as (label, {status: n}, trained)."""
    svg_text = re.search(r"<svg [^>]*training-chart.*?</svg>", page, re.S).group(0)
    svg = ET.fromstring(svg_text)  # noqa: S314 - the site's own page, under test
    body = re.search(r"<tbody>(.*?)</tbody>", page, re.S).group(1)
    table = []
    for row in re.findall(r"<tr>(.*?)</tr>", body, re.S):
        module = re.search(r'<th scope="row">(.*?)</th>', row).group(1)
        group = re.search(r"</th>\s*<td>(.*?)</td>", row).group(1)
        cells = re.findall(r'>(\d+)<span class="w-sr-only"> ([a-z ]+)</span>', row)
        trained = re.search(r"<td>(\d+% \(\d+ of \d+\))</td>", row).group(1)
        table.append((f"{module}: {group}", {s: int(n) for n, s in cells if int(n)}, trained))
    return svg, table


@pytest.mark.usefixtures("data")
def test_the_chart_is_named_svg_with_one_bar_per_table_row_and_the_same_numbers(client):
    client.force_login(superuser())
    page = client.get(REPORT, {"group_by": "setting"}).text
    svg, table = chart_and_table(page)

    assert svg.get("role") == "img"
    title_id, desc_id = svg.get("aria-labelledby").split()
    title = svg.find(f"{SVG}title")
    assert title.get("id") == title_id
    assert title.text == "Training status by module and group, people each module is assigned to"
    assert svg.find(f"{SVG}desc").get("id") == desc_id
    assert (
        "Leisure: Completed 1, Not started 3: 25% trained (1 of 4)." in svg.find(f"{SVG}desc").text
    )

    bars = svg.findall(f"{SVG}g[@class='chart-bar']")
    assert len(bars) == len(table) == 3
    labels = {status.label.lower(): status.value for status in Status}
    for bar, (label, cells, trained) in zip(bars, table, strict=True):
        shown = bar.find(f"{SVG}text[@class='chart-label']").text
        drawn = {
            rect.get("data-status"): int(rect.get("data-count"))
            for rect in bar.findall(f"{SVG}rect[@class='chart-segment']")
        }
        counts_text = bar.find(f"{SVG}text[@class='chart-counts']").text
        assert shown == label
        assert (drawn, counts_text) == HAND_COUNTED[label]
        assert drawn == {labels[name]: n for name, n in cells.items()}  # the table's numbers
        assert counts_text.endswith(f"{trained.replace('%', '% trained')}")
        widths = [int(rect.get("width")) for rect in bar.findall(f"{SVG}rect")]
        assert sum(widths) == BAR_WIDTH  # the whole bar is the row's people

    # Every status has a legend entry in words, and no two share a look.
    legend = svg.findall(f"{SVG}g[@class='chart-legend']")
    assert [g.find(f"{SVG}text").text for g in legend] == [
        "Completed",
        "Expiring soon",
        "Expired",
        "In progress",
        "Not started",
    ]
    fills = [g.find(f"{SVG}rect").get("fill") for g in legend]
    assert len(set(fills)) == 5
    assert sum(fill.startswith("url(#") for fill in fills) == 3  # stripes, hatching, dots


@pytest.mark.usefixtures("data")
def test_a_planning_manager_sees_bars_for_their_department_only(client):
    tara = get_user_model().objects.create_user("tara", "tara@example.org", "x" * 14)
    tara.groups.add(Group.objects.get(name=roles.TRAINING_MANAGERS))
    Department.objects.get(name="Planning").training_managers.add(tara)
    client.force_login(tara)
    assert "training-chart" not in client.get(REPORT).text  # nothing assigned to Planning

    svg, table = chart_and_table(client.get(REPORT, {"scope": "all"}).text)
    bars = svg.findall(f"{SVG}g[@class='chart-bar']")
    assert len(bars) == len(table) == 2  # A and B, Planning's two people only
    assert [bar.find(f"{SVG}text[@class='chart-counts']").text for bar in bars] == [
        "Completed 1, Not started 1: 50% trained (1 of 2)",
        "Not started 2: 0% trained (0 of 2)",
    ]
    assert "Licensing" not in ET.tostring(svg, encoding="unicode")


def test_segments_fill_the_bar_exactly_in_proportion():
    drawn = segments({Status.NOT_STARTED: 1, Status.COMPLETED: 1, Status.EXPIRED: 1}, 400, 8)
    assert [(s.status, s.x, s.width) for s in drawn] == [
        (Status.COMPLETED, 8, 133),
        (Status.EXPIRED, 141, 134),
        (Status.NOT_STARTED, 275, 133),
    ]
    assert segments({Status.IN_PROGRESS: 7}, 400, 0)[0].width == 400
