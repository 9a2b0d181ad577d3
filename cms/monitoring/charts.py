"""Geometry of the progress charts: plain numbers the SVG template draws, nothing drawn here.

Each row is its label and figure on one line with the bar below, so the chart stays legible at
320 px (the viewBox is 320 units wide and is never scaled below that). Colour never carries meaning on
its own: every bar has its figure written beside it, and the same figures stand in a table.
"""

from dataclasses import dataclass

from django.utils.formats import number_format
from django.utils.translation import gettext as _

WIDTH = 320
BAR_MAX = WIDTH
LABEL_HEIGHT = 20
BAR_HEIGHT = 16
ROW_GAP = 12
ROW_HEIGHT = LABEL_HEIGHT + BAR_HEIGHT + ROW_GAP


@dataclass(frozen=True)
class ChartRow:
    key: str
    label: str
    value_text: str
    bar_width: float
    label_y: float
    bar_y: float


@dataclass(frozen=True)
class BarChart:
    title: str
    description: str
    rows: list[ChartRow]
    scale_to_100: bool

    @property
    def width(self) -> int:
        return WIDTH

    @property
    def height(self) -> int:
        return max(len(self.rows), 1) * ROW_HEIGHT

    @property
    def bar_max(self) -> int:
        return BAR_MAX

    @property
    def bar_height(self) -> int:
        return BAR_HEIGHT


def percent_text(value: float | None) -> str:
    if value is None:
        return _("no figure")
    return _("%(value)s per cent") % {
        "value": number_format(value, decimal_pos=0 if value == int(value) else 1)
    }


def _rows(items: list[tuple[str, str, float, str]], maximum: float) -> list[ChartRow]:
    rows = []
    for index, (key, label, value, text) in enumerate(items):
        top = index * ROW_HEIGHT
        width = round(BAR_MAX * value / maximum, 1) if maximum else 0
        rows.append(ChartRow(key, label, text, width, top + LABEL_HEIGHT - 6, top + LABEL_HEIGHT))
    return rows


def status_chart(summary, title: str) -> BarChart:
    """Measures by status: one bar per status, scaled to the largest count."""
    rows = summary.status_rows()
    items = [(key, label, count, str(count)) for key, label, count in rows]
    described = "; ".join(f"{label}: {count}" for _key, label, count in rows)
    description = _("%(total)s measures. %(rows)s.") % {"total": summary.total, "rows": described}
    if summary.progress is not None:
        description += " " + _("Progress overall: %(value)s.") % {"value": percent_text(summary.progress)}
    return BarChart(title, description, _rows(items, max((c for _k, _l, c in rows), default=0)), False)


def progress_chart(entries: list[tuple[str, object]], title: str) -> BarChart:
    """Rolled-up progress of several parts (e.g. fields of action), each bar out of 100 per cent."""
    items = [
        (str(index), str(label), summary.progress or 0, percent_text(summary.progress))
        for index, (label, summary) in enumerate(entries)
    ]
    description = "; ".join(f"{label}: {text}" for _key, label, _value, text in items) + "."
    return BarChart(title, description, _rows(items, 100), True)
