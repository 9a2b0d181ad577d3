"""The one shape of a finding and a report, shared by plainlanguage, a11y_checks and the CMS.

Framework-free and dependency-free: the checkers build these, every other layer (gate, editor
panel, reports, API, CLI) passes them on unchanged and at most adds *where* a finding came from.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from typing import Any, Literal

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")
LANGUAGES = ("de", "en")


@dataclass(frozen=True, slots=True)
class Text:
    """A message in both admin languages."""

    de: str
    en: str

    def get(self, language: str) -> str:
        return self.en if language.startswith("en") else self.de

    def format(self, **values: Any) -> Text:
        return Text(de=self.de.format(**values), en=self.en.format(**values))


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    severity: Severity
    message: Text
    excerpt: str = ""
    suggestion: Text | None = None
    # Standards the finding breaks: {"wcag": ["1.1.1"], "act": ["23a2a8"], "din_spec_33429": ["7.2"]}
    references: dict[str, list[str]] = field(default_factory=dict)
    # Where: character offsets into the analysed text (plainlanguage) or a CSS-like path (a11y_checks)
    start: int | None = None
    end: int | None = None
    location: str = ""
    # Where in the content: the field (and block path) in the CMS; the name of a part of the page
    # (check_html's ``parts``) in a11y_checks
    field: str = ""

    def __post_init__(self) -> None:
        if self.severity not in SEVERITIES:
            raise ValueError(f"unknown severity {self.severity!r}")

    def elsewhere(
        self, message: Text, excerpt: str, suggestion: Text | None, start: int | None, end: int | None
    ) -> Finding:
        """The same rule, severity, references, location and field, found at another place.

        Without ``__init__``: a frozen dataclass sets each field through ``object.__setattr__`` and
        runs ``__post_init__``, about 2 µs a finding, more than most rules take to find one (a page
        can have hundreds); this finding's severity has been checked already."""
        finding = _new_object(Finding)
        _set_rule(finding, self.rule)
        _set_severity(finding, self.severity)
        _set_message(finding, message)
        _set_excerpt(finding, excerpt)
        _set_suggestion(finding, suggestion)
        _set_references(finding, self.references)
        _set_start(finding, start)
        _set_end(finding, end)
        _set_location(finding, self.location)
        _set_field(finding, self.field)
        return finding

    def with_severity(self, severity: Severity) -> Finding:
        return replace(self, severity=severity)

    def at(self, field_path: str) -> Finding:
        return replace(self, field=field_path)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Finding:
        values = dict(data)
        values["message"] = Text(**values["message"])
        if values.get("suggestion"):
            values["suggestion"] = Text(**values["suggestion"])
        values["references"] = {k: list(v) for k, v in (values.get("references") or {}).items()}
        known = {f for f in cls.__dataclass_fields__}
        return cls(**{k: v for k, v in values.items() if k in known})


_new_object = object.__new__
# each field's slot descriptor: what the dataclass's __init__ sets through object.__setattr__
(
    _set_rule,
    _set_severity,
    _set_message,
    _set_excerpt,
    _set_suggestion,
    _set_references,
    _set_start,
    _set_end,
    _set_location,
    _set_field,
) = (getattr(Finding, name).__set__ for name in Finding.__dataclass_fields__)


@dataclass(slots=True)
class Report:
    """The result of one check: findings plus, for text, a score and metrics."""

    checker: str
    profile: str
    findings: list[Finding] = field(default_factory=list)
    score: float | None = None
    threshold: float | None = None
    metrics: dict[str, Any] = field(default_factory=dict)

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "warning"]

    @property
    def passed(self) -> bool:
        if self.errors:
            return False
        if self.score is not None and self.threshold is not None:
            return self.score >= self.threshold
        return True

    def to_dict(self) -> dict[str, Any]:
        return {
            "checker": self.checker,
            "profile": self.profile,
            "passed": self.passed,
            "score": self.score,
            "threshold": self.threshold,
            "errors": len(self.errors),
            "warnings": len(self.warnings),
            "metrics": self.metrics,
            "findings": [f.to_dict() for f in self.findings],
        }

    @classmethod
    def combine(cls, reports: list[Report], checker: str, profile: str) -> Report:
        """One report from several checkers' reports: all findings, the text score and threshold."""
        scored = next((r for r in reports if r.score is not None), None)
        return cls(
            checker=checker,
            profile=profile,
            findings=[finding for report in reports for finding in report.findings],
            score=scored.score if scored else None,
            threshold=scored.threshold if scored else None,
            metrics={report.checker: report.metrics for report in reports if report.metrics},
        )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Report:
        return cls(
            checker=data["checker"],
            profile=data["profile"],
            findings=[Finding.from_dict(f) for f in data.get("findings", [])],
            score=data.get("score"),
            threshold=data.get("threshold"),
            metrics=dict(data.get("metrics") or {}),
        )
