"""html-lang-expected: a whole page's <html lang> must name the language the page is meant to be in."""

from __future__ import annotations

from pathlib import Path

import pytest

from a11y_checks import RULES, check_html
from a11y_checks.__main__ import main

ENGLISH_PAGE = (
    '<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>Action Plan for Integration</title>'
    "</head><body><main><h1>Action Plan for Integration</h1><p>The city council adopted the plan in "
    "2022. It describes how people who have moved here can take part in work, housing and school.</p>"
    "</main></body></html>"
)
GERMAN_PAGE = (
    '<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>Aktionsplan</title></head>'
    "<body><main><h1>Aktionsplan Integration</h1><p>Der Plan ist für alle Menschen in der Stadt. "
    "Er gilt bis 2026.</p></main></body></html>"
)
RULE = "html-lang-expected"


def flagged(html: str, lang: str | None, *, fragment: bool = False) -> list:
    return [f for f in check_html(html, lang=lang, fragment=fragment).findings if f.rule == RULE]


def test_english_page_marked_as_german_is_an_error_naming_both_languages() -> None:
    report = check_html(ENGLISH_PAGE.format(lang="de"), lang="en", fragment=False)
    (finding,) = [f for f in report.findings if f.rule == RULE]
    assert finding.severity == "error" and not report.passed
    assert 'lang="de"' in finding.message.en and '"en"' in finding.message.en
    assert 'lang="de"' in finding.message.de and "„en“" in finding.message.de
    assert 'lang="en"' in finding.suggestion.en and 'lang="en"' in finding.suggestion.de
    assert finding.excerpt == '<html lang="de">' and finding.location == "html"
    assert finding.references["wcag"] == ["3.1.1"]
    assert finding.references["en_301_549"] == ["9.3.1.1"] == finding.references["bitv"]


@pytest.mark.parametrize(
    ("page", "stated", "expected"),
    [
        (GERMAN_PAGE, "en", "de"),
        (GERMAN_PAGE, "fr", "de-x-ls"),
        (ENGLISH_PAGE, "de-DE", "en"),
        (ENGLISH_PAGE, "DE", "EN"),
    ],
)
def test_other_primary_language_is_flagged(page: str, stated: str, expected: str) -> None:
    assert flagged(page.format(lang=stated), expected)


@pytest.mark.parametrize(
    ("page", "stated", "expected"),
    [
        (GERMAN_PAGE, "de", "de"),
        (GERMAN_PAGE, "de", "de-x-ls"),  # Leichte Sprache is German
        (GERMAN_PAGE, "de-x-ls", "de-x-ls"),
        (GERMAN_PAGE, "de-x-ls", "de"),
        (GERMAN_PAGE, "de-AT", "de"),
        (ENGLISH_PAGE, "en-GB", "en"),
        (ENGLISH_PAGE, "EN", "en"),
    ],
)
def test_same_primary_language_is_not_flagged(page: str, stated: str, expected: str) -> None:
    assert not flagged(page.format(lang=stated), expected)


def test_without_an_expected_language_nothing_is_compared() -> None:
    french = GERMAN_PAGE.format(lang="fr")
    assert not flagged(french, None)
    assert RULE not in {f.rule for f in check_html(french, fragment=False).findings}  # the default


def test_fragments_are_not_checked() -> None:
    assert not flagged(ENGLISH_PAGE.format(lang="de"), "en", fragment=True)


def test_missing_or_invalid_lang_is_left_to_the_other_rules() -> None:
    missing = ENGLISH_PAGE.replace(' lang="{lang}"', "")
    rules = {f.rule for f in check_html(missing, lang="en", fragment=False).findings}
    assert "html-has-lang" in rules and RULE not in rules
    rules = {
        f.rule for f in check_html(ENGLISH_PAGE.format(lang="englisch"), lang="de", fragment=False).findings
    }
    assert "html-lang-valid" in rules and RULE not in rules


def test_an_unknown_expected_language_is_not_compared() -> None:
    assert not flagged(GERMAN_PAGE.format(lang="de"), "x-ls")
    assert not flagged(GERMAN_PAGE.format(lang="de"), "qqqqqqqqq")


def test_registered_with_its_standard() -> None:
    rule = RULES[RULE]
    assert rule.scope == "document" and rule.wcag == ("3.1.1",) and rule.act == ()


def test_cli_compares_with_the_given_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "page.html"
    path.write_text(ENGLISH_PAGE.format(lang="de"), encoding="utf-8")
    assert main(["--lang", "en", str(path)]) == 1
    assert RULE in capsys.readouterr().out
    assert main([str(path)]) == 0
    assert RULE not in capsys.readouterr().out
