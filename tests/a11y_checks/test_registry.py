"""The registry: complete metadata, unique ids, standards references."""

from __future__ import annotations

import json
import re
from dataclasses import replace

import pytest

from a11y_checks import RULES
from a11y_checks.registry import Registry, RegistryError
from checkreport import Text


def test_every_rule_is_described_in_both_languages_with_references() -> None:
    for rule in RULES:
        described = rule.describe()
        json.dumps(described)
        assert described["title"]["de"] and described["title"]["en"]
        assert set(rule.references) == {"wcag", "act", "en_301_549", "bitv"}
        assert rule.wcag or rule.practice, rule.id
        for sc in rule.wcag:
            assert re.fullmatch(r"[1-4]\.\d\.\d{1,2}", sc), (rule.id, sc)
        for act in rule.act:
            assert re.fullmatch(r"[0-9a-z]{6}", act), (rule.id, act)


def test_act_rules_claimed_once_and_many_implemented() -> None:
    claimed = [act for rule in RULES for act in rule.act]
    assert len(claimed) == len(set(claimed))
    assert len(claimed) >= 40


def test_duplicate_id_is_rejected() -> None:
    registry = Registry()
    rule = RULES["image-alt"]
    registry.add(rule)
    with pytest.raises(RegistryError, match="duplicate"):
        registry.add(rule)


@pytest.mark.parametrize(
    "change",
    [
        {"message": Text(de="Nur Deutsch", en="")},
        {"bad": ()},
        {"good": ()},
        {"wcag": ()},
        {"severity": "fatal"},
        {"id": "Image Alt"},
    ],
)
def test_incomplete_metadata_is_rejected(change: dict) -> None:
    with pytest.raises(RegistryError):
        Registry().add(replace(RULES["image-alt"], **change))


def test_html_and_pdf_rules_are_both_registered() -> None:
    assert len(RULES.of_kind("html")) >= 50
    assert {rule.id for rule in RULES.of_kind("pdf")} >= {
        "pdf-tagged",
        "pdf-language",
        "pdf-title",
        "pdf-figure-alt",
        "pdf-ua-identifier",
        "pdf-scanned-text",
        "pdf-bookmarks",
        "pdf-encrypted",
        "pdf-unreadable",
    }


def test_generated_rule_documentation_is_current() -> None:
    from pathlib import Path

    from a11y_checks.docs import render

    committed = Path(__file__).resolve().parents[2] / "docs" / "rules" / "a11y_checks.md"
    assert committed.read_text(encoding="utf-8") == render(), (
        "run: python -m a11y_checks.docs > docs/rules/a11y_checks.md"
    )


def test_a_failing_rule_is_reported_not_raised() -> None:
    from a11y_checks.engine import run_html
    from a11y_checks.registry import Example, Rule

    def broken(page):
        raise KeyError("kaputt")

    registry = Registry()
    registry.add(
        Rule(
            id="broken-rule",
            kind="html",
            severity="error",
            title=Text(de="x", en="x"),
            message=Text(de="x", en="x"),
            suggestion=Text(de="x", en="x"),
            check=broken,
            wcag=("1.1.1",),
            bad=(Example("<p>x</p>"),),
            good=(Example("<p>y</p>"),),
        )
    )
    report = run_html(registry, "<p>Text</p>", lang="de", fragment=True, severities=None)
    assert [f.rule for f in report.findings] == ["checker-error"]
    assert "broken-rule" in report.findings[0].message.en


def test_a_rule_module_without_rules_is_rejected(tmp_path, monkeypatch) -> None:
    import importlib
    import sys

    package = tmp_path / "leere_regeln"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "ohne.py").write_text("X = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    module = importlib.import_module("leere_regeln")
    with pytest.raises(RegistryError, match="declares no RULES"):
        Registry().load_package(module)
    sys.modules.pop("leere_regeln", None)
    sys.modules.pop("leere_regeln.ohne", None)
