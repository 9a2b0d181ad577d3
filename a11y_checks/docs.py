"""Rule documentation generated from the registry, so it never drifts from the code.

``python -m a11y_checks.docs > docs/rules/a11y_checks.md``
"""

from __future__ import annotations

import sys

from . import RULES
from .registry import Example, Rule

_ACT = "https://www.w3.org/WAI/standards-guidelines/act/rules/{}/"


def _example(example: Example) -> str:
    notes = [] if example.fragment else ["whole document"]
    # check_html's lang is German unless an example says otherwise; other values are named.
    if example.lang is None:
        notes.append("no expected language given")
    elif example.lang != "de":
        notes.append(f"expected language `{example.lang}`")
    scope = f" ({', '.join(notes)})" if notes else ""
    return f"- `{example.source}`{scope}"


def rule_section(rule: Rule) -> str:
    refs = [
        f"WCAG {', '.join(rule.wcag)}" if rule.wcag else "",
        f"EN 301 549 {', '.join(rule.en_301_549)}" if rule.wcag else "",
    ]
    refs += [f"[ACT {act}]({_ACT.format(act)})" for act in rule.act]
    if rule.practice:
        refs.append(rule.practice)
    lines = [
        f"### `{rule.id}` — {rule.title.en}",
        "",
        f"*{rule.title.de}* · {rule.kind.upper()} · default severity **{rule.severity}**"
        + (" · whole documents only" if rule.scope == "document" else ""),
        "",
        f"References: {'; '.join(r for r in refs if r)}",
        "",
        f"- de: {rule.message.de}",
        f"- en: {rule.message.en}",
        f"- Suggestion: {rule.suggestion.en} / {rule.suggestion.de}",
        "",
        "Flags:",
        *(_example(e) for e in rule.bad if not callable(e.source)),
        "",
        "Does not flag:",
        *(_example(e) for e in rule.good if not callable(e.source)),
        "",
    ]
    if rule.kind == "pdf":
        lines = [line for line in lines if line not in ("Flags:", "Does not flag:")]
    return "\n".join(lines)


def render() -> str:
    html, pdf = RULES.of_kind("html"), RULES.of_kind("pdf")
    acts = sorted({act for rule in RULES for act in rule.act})
    head = [
        "# a11y_checks rules",
        "",
        "Generated from the rule metadata by `python -m a11y_checks.docs`; do not edit by hand.",
        "",
        f"{len(html)} HTML rules and {len(pdf)} PDF rules; {len(acts)} W3C ACT rules implemented.",
        "Severity: *error* only where the markup alone makes the failure certain; *warning* where an",
        "author should look; *info* for advice. The CMS can change any rule's severity per locale.",
        "",
        "| rule | severity | WCAG | ACT |",
        "|---|---|---|---|",
        *(
            f"| `{r.id}` | {r.severity} | {', '.join(r.wcag) or '—'} | {', '.join(r.act) or '—'} |"
            for r in RULES
        ),
        "",
        "## HTML rules",
        "",
    ]
    return "\n".join(
        head + [rule_section(r) for r in html] + ["## PDF rules", ""] + [rule_section(r) for r in pdf]
    )


if __name__ == "__main__":
    sys.stdout.write(render())
