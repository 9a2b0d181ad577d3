"""The report shape, severities, locations and the fragment/document distinction."""

from __future__ import annotations

import json

import pytest

from a11y_checks import check_html
from checkreport import Report

PAGE = (
    '<!DOCTYPE html><html lang="de"><head><title>Bildung – Aktionsplan</title></head><body><main>'
    "<h1>Bildung</h1><h2>Ziele</h2><p>Mehr Sprachkurse in allen Stadtteilen.</p>"
    '<p><a href="/kurse">Übersicht der Sprachkurse</a></p></main></body></html>'
)


def test_report_shape_and_json_round_trip() -> None:
    report = check_html('<p><img src="/media/rathaus.jpg"></p>', lang="de")
    data = report.to_dict()
    text = json.dumps(data, ensure_ascii=False)
    assert data["checker"] == "a11y_checks" and data["score"] is None and data["passed"] is False
    finding = data["findings"][0]
    assert finding["rule"] == "image-alt"
    assert finding["severity"] == "error"
    assert finding["location"] == "p > img"
    assert finding["excerpt"] == '<img src="/media/rathaus.jpg">'
    assert finding["message"]["de"] and finding["message"]["en"]
    assert finding["suggestion"]["de"] and finding["suggestion"]["en"]
    assert finding["references"] == {
        "wcag": ["1.1.1"],
        "act": ["23a2a8"],
        "en_301_549": ["9.1.1.1"],
        "bitv": ["9.1.1.1"],
    }
    again = Report.from_dict(json.loads(text))
    assert again.findings == report.findings


def test_clean_page_and_clean_fragment_pass_without_findings() -> None:
    assert check_html(PAGE, fragment=False).findings == []
    fragment = "<h2>Ziele</h2><p>Mehr Sprachkurse.</p><ul><li>Kita</li><li>Schule</li></ul>"
    assert check_html(fragment).findings == []


def test_document_rules_only_for_whole_documents() -> None:
    bare = "<h2>Ziele</h2><p>Text</p>"
    assert not {f.rule for f in check_html(bare, fragment=True).findings} & {
        "html-has-lang",
        "document-title",
    }
    rules = {f.rule for f in check_html(bare, fragment=False).findings}
    assert {"html-has-lang", "document-title"} <= rules


def test_fragment_headings_start_at_level_two() -> None:
    assert "heading-order" not in {f.rule for f in check_html("<h2>Ziele</h2><h3>Kita</h3>").findings}
    assert "heading-order" in {f.rule for f in check_html("<h3>Kita</h3>").findings}
    assert "heading-order" not in {f.rule for f in check_html(PAGE, fragment=False).findings}


def test_severity_overrides() -> None:
    html = '<p><img src="/media/rathaus.jpg"></p>'
    assert check_html(html, severities={"image-alt": "off"}).findings == []
    demoted = check_html(html, severities={"image-alt": "warning"})
    assert demoted.passed and demoted.findings[0].severity == "warning"
    with pytest.raises(ValueError, match="unknown rule"):
        check_html(html, severities={"no-such-rule": "off"})
    with pytest.raises(ValueError, match="unknown severity"):
        check_html(html, severities={"image-alt": "fatal"})


def test_locations_name_the_path_with_positions() -> None:
    html = "<section><p>Eins</p><p><a href='/a'>hier</a></p></section>"
    finding = next(f for f in check_html(html).findings if f.rule == "link-generic-text")
    assert finding.location == "section > p:nth-of-type(2) > a"
    whole = check_html(
        f"<html lang='de'><head><title>x</title></head><body>{html}</body></html>", fragment=False
    )
    assert next(f for f in whole.findings if f.rule == "link-generic-text").location.startswith(
        "html > body > "
    )


def test_warnings_do_not_fail_the_report() -> None:
    report = check_html('<p>Mehr zum Thema <a href="/x">hier</a>.</p>')
    assert report.warnings and report.passed


@pytest.mark.parametrize("value", [None, 42, ["<p>x</p>"]])
def test_wrong_input_type_is_a_clear_error(value: object) -> None:
    with pytest.raises(TypeError, match="expects HTML as str or bytes"):
        check_html(value)  # type: ignore[arg-type]
