"""Every rule's own examples: bad ones must be flagged by that rule, good ones must not."""

from __future__ import annotations

import pytest

from a11y_checks import RULES, check_html, check_pdf
from a11y_checks.registry import Example, Rule


def _run(rule: Rule, example: Example) -> list[str]:
    if rule.kind == "pdf":
        source = example.source() if callable(example.source) else example.source
        report = check_pdf(source, lang=example.lang, **example.options)
    else:
        report = check_html(example.source, lang=example.lang, fragment=example.fragment, **example.options)
    assert not [f for f in report.findings if f.rule == "checker-error"], report.findings
    return [finding.rule for finding in report.findings]


@pytest.mark.parametrize("rule", list(RULES), ids=lambda rule: rule.id)
def test_rule_has_examples(rule: Rule) -> None:
    assert rule.bad, f"{rule.id} has no bad examples"
    assert rule.good, f"{rule.id} has no good examples"


@pytest.mark.parametrize("rule", list(RULES), ids=lambda rule: rule.id)
def test_bad_examples_are_flagged(rule: Rule) -> None:
    for example in rule.bad:
        assert rule.id in _run(rule, example), f"{rule.id} missed: {example.source!r}"


@pytest.mark.parametrize("rule", list(RULES), ids=lambda rule: rule.id)
def test_good_examples_are_not_flagged(rule: Rule) -> None:
    for example in rule.good:
        assert rule.id not in _run(rule, example), f"{rule.id} flagged: {example.source!r}"
