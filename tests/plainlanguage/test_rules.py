"""Every rule's own examples: bad ones yield exactly the marked spans, good ones nothing."""

from __future__ import annotations

import pytest

from plainlanguage import RULES, analyze
from plainlanguage.registry import PROFILE_NAMES, Rule, RuleRegistry, bad, good, rule_problems

EXAMPLES = [
    pytest.param(rule, example, id=f"{rule.id}-{example.profile}-{'bad' if example.bad else 'good'}{number}")
    for rule in RULES.values()
    for number, example in enumerate(rule.examples)
]


@pytest.mark.parametrize(("rule", "example"), EXAMPLES)
def test_rule_example(rule: Rule, example) -> None:
    report = analyze(example.plain, profile=example.profile)
    spans = sorted((f.start, f.end) for f in report.findings if f.rule == rule.id)
    assert spans == example.spans, [report.text[start:end] for start, end in spans]
    for finding in report.findings:
        if finding.rule == rule.id:
            assert finding.suggestion and finding.suggestion.de and finding.suggestion.en


@pytest.mark.parametrize("rule", list(RULES.values()), ids=lambda rule: rule.id)
def test_every_rule_is_complete(rule: Rule) -> None:
    assert rule_problems(rule) == []
    for profile in rule.profiles:
        assert profile in PROFILE_NAMES
        assert any(e.bad for e in rule.examples if e.profile == profile)
        assert any(not e.bad for e in rule.examples if e.profile == profile)


def test_registry_rejects_duplicates_and_missing_examples() -> None:
    registry = RuleRegistry()
    rule = next(iter(RULES.values()))
    registry.register(rule)
    with pytest.raises(ValueError, match="duplicate"):
        registry.register(rule)
    from dataclasses import replace

    with pytest.raises(ValueError, match="examples"):
        RuleRegistry().register(replace(rule, id="no-examples", examples=()))
    with pytest.raises(ValueError, match="marked"):
        examples = (bad("de", "Kein markierter Text."), good("de", "Gut."))
        RuleRegistry().register(replace(rule, id="unmarked", severities={"de": "warning"}, examples=examples))
