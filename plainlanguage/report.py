"""The report of one analysis: the shared ``checkreport.Report`` plus the analysed text."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from checkreport import Report


@dataclass(slots=True)
class TextReport(Report):
    """A ``checkreport.Report`` that also carries the text the finding offsets point into."""

    text: str = ""

    def to_dict(self) -> dict[str, Any]:
        data = Report.to_dict(self)
        data["text"] = self.text
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TextReport:
        base = Report.from_dict(data)
        return cls(
            checker=base.checker,
            profile=base.profile,
            findings=base.findings,
            score=base.score,
            threshold=base.threshold,
            metrics=base.metrics,
            text=data.get("text", ""),
        )
