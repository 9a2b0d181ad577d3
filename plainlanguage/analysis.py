"""``analyze``: normalise, split, measure, run the profile's rules, build one report."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from operator import attrgetter

from checkreport import Finding, Text
from plainlanguage import rules as _rules  # noqa: F401  (registers every rule)
from plainlanguage.metrics import measure
from plainlanguage.profiles import Profile, Setting, get_profile
from plainlanguage.registry import RULES, Rule, hits
from plainlanguage.report import TextReport
from plainlanguage.text import build_document

MAX_EXCERPT = 120


_REFERENCES: dict[str, dict[str, list[str]]] = {}


def _references(rule: Rule) -> dict[str, list[str]]:
    # One copy per rule; findings are read-only and to_dict() copies.
    if rule.id not in _REFERENCES:
        _REFERENCES[rule.id] = {key: list(values) for key, values in rule.references.items()}
    return _REFERENCES[rule.id]


@lru_cache(maxsize=8192)
def _message(rule_id: str, values: tuple[tuple[str, object], ...]) -> Text:
    # The same word is often found many times in one text. Keyed by the rule id: hashing a str is
    # much cheaper than hashing the message.
    return RULES[rule_id].message.format(**dict(values))


def _excerpt(span: str) -> str:
    return span if len(span) <= MAX_EXCERPT else span[: MAX_EXCERPT - 1] + "…"


def analyze(
    text: str,
    profile: str | Profile = "de",
    html: bool = False,
    glossary: Iterable[str] | None = None,
    *,
    severities: Mapping[str, Setting] | None = None,
    threshold: float | None = None,
) -> TextReport:
    """Score ``text`` and find what breaks the rules of ``profile`` ("de", "en" or "de-x-ls").

    ``glossary``: terms (or a mapping term -> explanation) the site explains; they count as
    explained. ``severities`` and ``threshold`` override the profile's defaults (a severity of
    "off" switches a rule off). Never raises on odd text; raises TypeError / ValueError on bad
    arguments (not a str, unknown profile, rule id or severity).
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    chosen = get_profile(profile)
    if severities or threshold is not None:
        chosen = chosen.with_overrides(severities=severities, threshold=threshold)
    document = build_document(text, chosen.language, html=html)
    document.glossary = frozenset(term.strip().casefold() for term in glossary or () if term.strip())
    score, metrics = measure(document)
    document.metrics = metrics
    findings = []
    analysed = document.text
    for rule in chosen.rules():
        severity, references, rule_id = chosen.severity(rule), _references(rule), rule.id
        first: Finding | None = None
        for start, end, suggestion, values in hits(rule.check, document, chosen):
            message = _message(rule_id, tuple(values.items())) if values else rule.message
            excerpt = _excerpt(analysed[start:end])
            if first is not None:
                findings.append(first.elsewhere(message, excerpt, suggestion, start, end))
                continue
            first = Finding(
                rule=rule_id,
                severity=severity,  # type: ignore[arg-type]
                message=message,
                excerpt=excerpt,
                suggestion=suggestion,
                references=references,
                start=start,
                end=end,
            )
            findings.append(first)
    findings.sort(key=attrgetter("start", "end", "rule"))  # every finding here has offsets
    return TextReport(
        checker="plainlanguage",
        profile=chosen.name,
        findings=findings,
        score=score,
        threshold=chosen.threshold,
        metrics=metrics,
        text=document.text,
    )
