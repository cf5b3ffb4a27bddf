"""The training report's chart: one stacked bar per report row, drawn as inline SVG on the server.

Each bar is split by status in proportion to the row's people, so bars of groups of different
sizes compare as rates. Status is never told by colour alone: every status has its own pattern
(solid, stripes, cross-hatching, dots, outline) shown in the legend, and each bar has a line of
text with its counts and rate. Fills are dark enough against white (3:1 or more) and segments
are outlined, so neighbouring segments stay apart. The template draws what this computes.
"""

from dataclasses import dataclass

from courses.status import Status

BAR_WIDTH = 400
LABEL_X = 8
BAR_X = 8
ROW_HEIGHT = 64  # a label line, the bar, a line of counts
BAR_HEIGHT = 18
LEGEND_COLUMNS, LEGEND_COLUMN_WIDTH, LEGEND_ROW_HEIGHT = 3, 136, 22
WIDTH = 640  # room for the longest line of counts beside a 400-pixel bar

# Status: (fill colour, pattern id or "" for a plain fill); the patterns are in the template.
LOOKS = {
    Status.COMPLETED: ("#1d3557", ""),
    Status.EXPIRING_SOON: ("#8a5a00", "chart-stripes"),
    Status.EXPIRED: ("#b3261e", "chart-hatch"),
    Status.IN_PROGRESS: ("#2f6690", "chart-dots"),
    Status.NOT_STARTED: ("#ffffff", ""),
}
# Drawn in this order, left to right: the trained part first.
ORDER = [
    Status.COMPLETED,
    Status.EXPIRING_SOON,
    Status.EXPIRED,
    Status.IN_PROGRESS,
    Status.NOT_STARTED,
]


@dataclass(frozen=True)
class Segment:
    status: Status
    count: int
    x: int
    width: int

    @property
    def fill(self):
        colour, pattern = LOOKS[self.status]
        return f"url(#{pattern})" if pattern else colour


@dataclass(frozen=True)
class Bar:
    label: str
    y: int  # top of the row
    segments: list
    counts_text: str
    rate: int
    done: int
    total: int

    @property
    def bar_y(self):
        return self.y + 22

    @property
    def text_y(self):
        return self.y + 56


@dataclass(frozen=True)
class LegendItem:
    status: Status
    fill: str
    x: int
    y: int


@dataclass(frozen=True)
class Chart:
    bars: list
    legend: list
    width: int
    height: int
    bar_width: int = BAR_WIDTH
    bar_height: int = BAR_HEIGHT
    bar_x: int = BAR_X
    label_x: int = LABEL_X


def segments(counts, width=BAR_WIDTH, x=BAR_X):
    """The bar's segments for ``counts`` ({status: count}), in ``ORDER``, with widths
    proportional to the counts that add up to exactly ``width`` (rounded on running totals,
    so no gap or overlap). Statuses with nobody are left out."""
    total = sum(counts.values())
    found, running, left = [], 0, 0
    for status in ORDER:
        n = counts.get(status, 0)
        if not n:
            continue
        running += n
        right = round(width * running / total)
        found.append(Segment(status, n, x + left, right - left))
        left = right
    return found


def counts_text(row):
    """The bar's line of text: "Completed 1, Not started 3: 25% trained (1 of 4)"."""
    parts = [f"{status.label} {row.count(status)}" for status in ORDER if row.count(status)]
    return f"{', '.join(parts)}: {row.rate}% trained ({row.done} of {row.total})"


def chart(rows):
    """The chart for the report's ``rows`` (``courses.reports.ReportRow``): one bar per row,
    in the rows' order, labelled with the module (and group when grouped)."""
    bars = []
    for i, row in enumerate(rows):
        label = f"{row.module.title}: {row.group}" if row.group else row.module.title
        bars.append(
            Bar(
                label=label,
                y=i * ROW_HEIGHT,
                segments=segments(row.counts),
                counts_text=counts_text(row),
                rate=row.rate,
                done=row.done,
                total=row.total,
            )
        )
    legend_y = len(rows) * ROW_HEIGHT + 8
    legend = [
        LegendItem(
            status,
            Segment(status, 0, 0, 0).fill,
            x=BAR_X + (i % LEGEND_COLUMNS) * LEGEND_COLUMN_WIDTH,
            y=legend_y + (i // LEGEND_COLUMNS) * LEGEND_ROW_HEIGHT,
        )
        for i, status in enumerate(ORDER)
    ]
    legend_rows = -(-len(ORDER) // LEGEND_COLUMNS)
    return Chart(
        bars=bars,
        legend=legend,
        width=WIDTH,
        height=legend_y + legend_rows * LEGEND_ROW_HEIGHT + 4,
    )
