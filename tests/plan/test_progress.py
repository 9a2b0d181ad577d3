"""Status presets and the weighted roll-up of measure progress."""

from dataclasses import dataclass

import pytest

from cms.plan.progress import PRESET_PROGRESS, MeasureStatus, rollup


@dataclass
class FakeMeasure:
    status: str
    progress: int | None = None
    weight: int = 1

    @property
    def effective_progress(self) -> int:
        return self.progress if self.progress is not None else PRESET_PROGRESS[self.status]


def test_every_status_has_a_preset():
    assert set(PRESET_PROGRESS) == set(MeasureStatus.values)
    assert PRESET_PROGRESS[MeasureStatus.IMPLEMENTED] == 100
    assert PRESET_PROGRESS[MeasureStatus.PLANNED] == 0


def test_rollup_is_weighted_average_of_effective_progress():
    summary = rollup(
        [
            FakeMeasure(MeasureStatus.IN_PROGRESS, progress=40, weight=2),  # 80
            FakeMeasure(MeasureStatus.PLANNED),  # 0
            FakeMeasure(MeasureStatus.IMPLEMENTED),  # 100
        ]
    )
    assert summary.total == 3
    assert summary.progress == pytest.approx((40 * 2 + 0 + 100) / 4)
    assert summary.by_status == {"in_progress": 1, "planned": 1, "implemented": 1}


def test_dropped_measures_are_counted_but_not_averaged():
    summary = rollup([FakeMeasure(MeasureStatus.IMPLEMENTED), FakeMeasure(MeasureStatus.DROPPED)])
    assert summary.total == 2
    assert summary.by_status[MeasureStatus.DROPPED] == 1
    assert summary.progress == 100


def test_rollup_of_nothing_has_no_progress():
    summary = rollup([])
    assert summary.total == 0
    assert summary.progress is None
    assert [count for _, _, count in summary.status_rows()] == [0, 0, 0, 0, 0]


def test_status_rows_follow_the_order_of_the_choices():
    rows = rollup([FakeMeasure(MeasureStatus.POSTPONED)]).status_rows()
    assert [value for value, _, _ in rows] == MeasureStatus.values
    assert dict((value, count) for value, _, count in rows)[MeasureStatus.POSTPONED] == 1
