"""Run the registered rules over a page and build one ``checkreport.Report``.

Besides the rules' findings the engine itself may add two: ``input-too-large`` (only the start of
an oversized input was checked) and ``checker-error`` (a rule failed on this markup; the other
rules still ran). Both are warnings, so they never block publishing on their own.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping

from checkreport import SEVERITIES, Finding, Report, Text

from .dom import Page, excerpt
from .registry import Hit, Registry, Rule

CHECKER = "a11y_checks"
OFF = "off"
# Above this size only the start is checked: a page this big is no editor's content, and parsing
# all of it would hold up the publish request. The cut is reported.
MAX_HTML_CHARS = 2_000_000
# More findings of one rule on one page help nobody; the count of the rest goes into the metrics.
MAX_FINDINGS_PER_RULE = 100

_TRUNCATED = Text(
    de="Das HTML ist größer als {limit} Zeichen; nur der Anfang wurde geprüft.",
    en="The HTML is larger than {limit} characters; only its start was checked.",
)
_RULE_FAILED = Text(
    de="Die Prüfung {rule} konnte dieses Markup nicht auswerten.",
    en="The check {rule} could not evaluate this markup.",
)


def resolve_severities(registry: Registry, overrides: Mapping[str, str] | None) -> dict[str, str]:
    """Each rule's severity after the caller's overrides ("error", "warning", "info" or "off")."""
    overrides = dict(overrides or {})
    unknown = [rule_id for rule_id in overrides if rule_id not in registry]
    if unknown:
        raise ValueError(f"unknown rule id(s): {', '.join(sorted(unknown))}")
    bad = {v for v in overrides.values() if v not in (*SEVERITIES, OFF)}
    if bad:
        raise ValueError(f"unknown severity {sorted(bad)[0]!r}; use error, warning, info or off")
    return {rule.id: overrides.get(rule.id, rule.severity) for rule in registry}


def run_html(
    registry: Registry,
    markup: str | bytes,
    *,
    lang: str | None,
    fragment: bool,
    severities: Mapping[str, str] | None,
    parts: Mapping[str, str] | None = None,
) -> Report:
    if not isinstance(markup, str | bytes | bytearray):
        raise TypeError(f"check_html expects HTML as str or bytes, not {type(markup).__name__}")
    levels = resolve_severities(registry, severities)
    findings: list[Finding] = []
    if len(markup) > MAX_HTML_CHARS:
        markup = markup[:MAX_HTML_CHARS]
        findings.append(
            Finding(
                rule="input-too-large",
                severity="warning",
                message=_TRUNCATED.format(limit=MAX_HTML_CHARS),
                references={"wcag": []},
            )
        )
    page = Page(markup, lang=lang, fragment=fragment, parts=parts)
    rules = [
        r for r in registry.of_kind("html") if levels[r.id] != OFF and (r.scope == "any" or not fragment)
    ]
    not_listed: dict[str, int] = {}
    for rule in rules:
        found = run_rule(rule, page, levels[rule.id], page)
        if len(found) > MAX_FINDINGS_PER_RULE:
            listed = at_most_per_part(found, MAX_FINDINGS_PER_RULE)
            not_listed[rule.id] = len(found) - len(listed)
            found = listed
        findings.extend(found)
    metrics = {"elements": len(page.elements), "rules_run": len(rules), "fragment": fragment}
    if not_listed:
        metrics["findings_not_listed"] = not_listed
    if parts:
        metrics["parts_not_found"] = page.parts_not_found
    return Report(checker=CHECKER, profile=page.default_lang, findings=findings, metrics=metrics)


def at_most_per_part(findings: list[Finding], limit: int) -> list[Finding]:
    """The first ``limit`` findings of each named part (and of the rest of the page): each part
    keeps the findings it would have had checked on its own."""
    counts: dict[str, int] = {}
    listed = []
    for finding in findings:
        counts[finding.field] = counts.get(finding.field, 0) + 1
        if counts[finding.field] <= limit:
            listed.append(finding)
    return listed


# Any error of one rule becomes a finding naming it; BaseExceptions (time limits, KeyboardInterrupt)
# still pass, so a caller's time limit keeps working.
RULE_ERRORS: tuple[type[BaseException], ...] = (Exception,)


def run_rule(
    rule: Rule,
    subject: object,
    severity: str,
    page: Page | None,
    errors: tuple[type[BaseException], ...] = RULE_ERRORS,
) -> list[Finding]:
    """The findings of one rule on a page (or a PDF document); a failing rule becomes a finding."""
    try:
        hits = list(itertools.islice(rule.check(subject), MAX_FINDINGS_PER_RULE * 50))
    except errors as error:
        # A rule must never take the whole report down; the broken rule is named instead.
        return [
            Finding(
                rule="checker-error",
                severity="warning",
                message=_RULE_FAILED.format(rule=rule.id),
                excerpt=f"{type(error).__name__}: {error}"[:200],
            )
        ]
    return [to_finding(rule, hit, severity, page) for hit in hits]


def to_finding(rule: Rule, hit: Hit, severity: str, page: Page | None) -> Finding:
    node = hit.node
    location = (
        hit.location
        if hit.location is not None
        else (page.location(node) if node is not None and page else "")
    )
    text = hit.excerpt if hit.excerpt is not None else (excerpt(node) if node is not None else "")
    params = hit.params
    # a content rule's finding inside a named part belongs to it; page-wide rules' stay with the page
    part = page.part_of(node) if node is not None and page and rule.scope == "any" else None
    return Finding(
        rule=rule.id,
        severity=severity,  # type: ignore[arg-type]
        message=rule.message.format(**params) if params else rule.message,
        excerpt=text,
        suggestion=rule.suggestion.format(**params) if params else rule.suggestion,
        references=rule.references,
        location=location,
        field=part or "",
    )
