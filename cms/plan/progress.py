"""Measure status, the progress each status presets, and the roll-up over many measures.

Modelled on Decidim's "accountability" component: every result has a status with a default
progress, editors may override the figure, and parents show the weighted average of their children.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol

from django.db import models
from django.utils.translation import gettext_lazy as _


class MeasureStatus(models.TextChoices):
    PLANNED = "planned", _("planned")
    IN_PROGRESS = "in_progress", _("in progress")
    IMPLEMENTED = "implemented", _("implemented")
    POSTPONED = "postponed", _("postponed")
    DROPPED = "dropped", _("dropped")


# Progress in per cent a status implies unless the editor gives a figure of their own.
PRESET_PROGRESS: dict[str, int] = {
    MeasureStatus.PLANNED: 0,
    MeasureStatus.IN_PROGRESS: 50,
    MeasureStatus.IMPLEMENTED: 100,
    MeasureStatus.POSTPONED: 0,
    MeasureStatus.DROPPED: 0,
}

# Dropped measures will never be done; counting them would pull the plan's figure down for good.
EXCLUDED_FROM_ROLLUP = frozenset({MeasureStatus.DROPPED})


class Measurable(Protocol):
    status: str
    weight: int

    @property
    def effective_progress(self) -> int: ...


@dataclass(frozen=True)
class ProgressSummary:
    """Measures by status and their weighted average progress (None when nothing counts)."""

    total: int
    by_status: dict[str, int] = field(default_factory=dict)
    progress: float | None = None

    def api_summary(self) -> dict:
        return {"total": self.total, "by_status": self.by_status, "progress": self.progress}

    def status_rows(self) -> list[tuple[str, str, int]]:
        """(value, label, count) for every status, in the order of the choices, zeros included."""
        return [(value, label, self.by_status.get(value, 0)) for value, label in MeasureStatus.choices]


def rollup(measures: Iterable[Measurable]) -> ProgressSummary:
    by_status: dict[str, int] = {}
    weighted_sum = 0
    weight_total = 0
    total = 0
    for measure in measures:
        total += 1
        by_status[measure.status] = by_status.get(measure.status, 0) + 1
        if measure.status in EXCLUDED_FROM_ROLLUP or measure.weight <= 0:
            continue
        weighted_sum += measure.effective_progress * measure.weight
        weight_total += measure.weight
    progress = round(weighted_sum / weight_total, 1) if weight_total else None
    return ProgressSummary(total=total, by_status=by_status, progress=progress)
