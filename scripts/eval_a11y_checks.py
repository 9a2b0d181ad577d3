"""Measure a11y_checks on the public evaluation data (run by ``make eval``).

* W3C ACT Rules test cases: for every ACT rule a check claims (``RULES`` act ids), the share of
  ``failed`` examples found and the number of findings on ``passed``/``inapplicable`` examples
  (ACT consistency requires zero). Whole pages (``html_full``) are checked as documents.
* Editoria11y's unit cases: share of "flag" cases missed (target <= 15 %) and of clean cases
  flagged (target <= 10 %); a warning or an error counts as flagged. Cases whose outcome depends on
  their neighbours are checked inside their ``context_html`` and only findings on the case count.

The data is read by path (``EVAL_DIR`` overrides) and never copied into the repository.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from a11y_checks import RULES, check_html
from a11y_checks.dom import Page, normalise_space

DEFAULT_EVAL_DIR = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval"
FLAGGED = ("error", "warning")


def eval_dir() -> Path:
    return Path(os.environ.get("EVAL_DIR") or DEFAULT_EVAL_DIR)


def evaluate_act(path: Path) -> dict:
    cases = json.loads(path.read_text(encoding="utf-8"))
    by_rule: dict[str, list[dict]] = defaultdict(list)
    names = {}
    for case in cases:
        by_rule[case["rule_id"]].append(case)
        names[case["rule_id"]] = (case["rule_name"], case["category"])
    rows = []
    for act_id, examples in sorted(by_rule.items(), key=lambda item: (names[item[0]][1], item[0])):
        claiming = {rule.id for rule in RULES.by_act(act_id)}
        if not claiming:
            continue
        failed = [c for c in examples if c["outcome"] == "failed"]
        found = 0
        false_ids = []
        for case in examples:
            # An ACT example states its own language and comes with no expected one: lang=None, so
            # html-lang-expected does not apply (a French example page is not wrong).
            report = check_html(case["html_full"], lang=None, fragment=False)
            hit = any(f.rule in claiming for f in report.findings)
            if case["outcome"] == "failed":
                found += hit
            elif hit:
                false_ids.append(case["testcase_id"][:10])
        rows.append(
            {
                "act": act_id,
                "name": names[act_id][0],
                "category": names[act_id][1],
                "rules": sorted(claiming),
                "failed": len(failed),
                "found": found,
                "false": false_ids,
                "others": len(examples) - len(failed),
            }
        )
    unclaimed = sorted(
        (names[a][1], a, names[a][0])
        for a in by_rule
        if not RULES.by_act(a) and names[a][1].startswith("static")
    )
    return {"rows": rows, "unclaimed_static": unclaimed}


def _in_table(html: str) -> str:
    """Table rows and cells cut out of their page are put back into a table, as they stood."""
    start = html.lstrip()[:4].lower()
    return f"<table>{html}</table>" if start.startswith(("<tr", "<td", "<th")) else html


def _case_location(context: Page, case_html: str) -> str | None:
    """Where the case's element sits inside its context page (same tag, attributes and text)."""
    case = Page(_in_table(case_html), fragment=True)
    first_tag = re.match(r"\s*<\s*([a-zA-Z][\w-]*)", case_html)
    wanted = first_tag.group(1).lower() if first_tag else None
    target = next((e for e in case.elements if e.name == wanted), None)
    if target is None:
        return None
    text = normalise_space(target.get_text(" "))
    for node in context.elements:
        if (
            node.name == target.name
            and node.attrs == target.attrs
            and normalise_space(node.get_text(" ")) == text
        ):
            return context.location(node)
    return None


def evaluate_editoria11y(path: Path) -> dict:
    outcomes = {"flag": [], "pass": []}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        if case.get("todo"):
            continue  # behaviour Editoria11y itself has not settled
        if case.get("context_html"):
            context = _in_table(case["context_html"])
            report = check_html(context, lang="en", fragment=True)
            where = _case_location(Page(context, fragment=True), case["html"])
            findings = [
                f
                for f in report.findings
                if where is not None and (f.location == where or f.location.startswith(where + " > "))
            ]
        else:
            findings = check_html(_in_table(case["html"]), lang="en", fragment=True).findings
        flagged = sorted({f.rule for f in findings if f.severity in FLAGGED})
        outcomes[case["expected"]].append((case["case_id"], case["check_keys"], flagged))
    missed = [c for c in outcomes["flag"] if not c[2]]
    false = [c for c in outcomes["pass"] if c[2]]
    return {"flag": len(outcomes["flag"]), "pass": len(outcomes["pass"]), "missed": missed, "false": false}


def main() -> int:
    directory = eval_dir()
    act_path = directory / "act_testcases.json"
    ed11y_path = directory / "editoria11y_unit_cases.jsonl"
    if not act_path.exists() and not ed11y_path.exists():
        print(f"a11y_checks eval: no evaluation data in {directory.resolve()} (set EVAL_DIR); skipped.")
        return 0
    if act_path.exists():
        act = evaluate_act(act_path)
        print("ACT rules (html_full checked as whole documents)")
        print(f"{'act':7} {'category':15} {'found':>9} {'false':>7}  rule(s) / name")
        consistent = complete = 0
        for row in act["rows"]:
            share = row["found"] / row["failed"] if row["failed"] else 1.0
            consistent += not row["false"]
            complete += share >= 0.95
            print(
                f"{row['act']:7} {row['category']:15} {row['found']:>3}/{row['failed']:<2} {share:4.0%}"
                f" {len(row['false']):>2}/{row['others']:<3}  {', '.join(row['rules'])} / {row['name']}"
                + (f"  FALSE: {' '.join(row['false'])}" if row["false"] else "")
            )
        total = len(act["rows"])
        print(
            f"ACT rules implemented: {total}; consistent (no false finding): {consistent}/{total}; "
            f">= 95 % of failed found: {complete}/{total}"
        )
        if act["unclaimed_static"]:
            print("static / mostly-static ACT rules not implemented:")
            for category, act_id, name in act["unclaimed_static"]:
                print(f"  {act_id} ({category}) {name}")
    if ed11y_path.exists():
        ed = evaluate_editoria11y(ed11y_path)
        missed = len(ed["missed"]) / ed["flag"] if ed["flag"] else 0.0
        false = len(ed["false"]) / ed["pass"] if ed["pass"] else 0.0
        print(f"\nEditoria11y unit cases: {ed['flag']} to flag, {ed['pass']} clean (todo cases left out)")
        print(f"  missed flag cases: {len(ed['missed'])}/{ed['flag']} = {missed:.0%} (target <= 15 %)")
        print(f"  clean cases flagged: {len(ed['false'])}/{ed['pass']} = {false:.0%} (target <= 10 %)")
        for case_id, keys, _ in ed["missed"]:
            print(f"    missed {case_id} {'/'.join(keys)}")
        for case_id, keys, rules in ed["false"]:
            print(f"    flagged {case_id} {'/'.join(keys)} by {', '.join(rules)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
