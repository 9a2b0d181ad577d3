import json

import pytest

from checkreport import Finding, Report, Text


def make_finding(**overrides) -> Finding:
    values = dict(
        rule="ls-sentence-length",
        severity="error",
        message=Text(de="Der Satz ist zu lang.", en="The sentence is too long."),
        excerpt="Der Aktionsplan ist ein Arbeitsplan für die Stadtverwaltung Dresden.",
        suggestion=Text(de="Teilen Sie den Satz.", en="Split the sentence."),
        references={"din_spec_33429": ["7.3"]},
        start=0,
        end=67,
    )
    values.update(overrides)
    return Finding(**values)


def test_report_round_trips_through_json():
    report = Report(
        checker="plainlanguage", profile="de-x-ls", findings=[make_finding()], score=9.5, threshold=14
    )
    data = json.loads(json.dumps(report.to_dict()))
    again = Report.from_dict(data)
    assert again.to_dict() == report.to_dict()
    assert data["errors"] == 1 and data["passed"] is False


def test_passed_needs_no_error_and_score_at_threshold():
    assert Report("plainlanguage", "de", [make_finding(severity="warning")], score=14, threshold=14).passed
    assert not Report("plainlanguage", "de", [], score=13.9, threshold=14).passed
    assert not Report("a11y_checks", "de", [make_finding()]).passed


def test_unknown_severity_is_rejected():
    with pytest.raises(ValueError):
        make_finding(severity="fatal")


def test_field_is_added_without_changing_the_finding():
    finding = make_finding()
    placed = finding.at("body[2].text")
    assert placed.field == "body[2].text" and placed.rule == finding.rule and finding.field == ""


def test_text_picks_language():
    text = Text(de="Hallo", en="Hello")
    assert text.get("de") == "Hallo" and text.get("en-gb") == "Hello"


def test_combine_keeps_every_finding_and_the_text_score():
    text = Report(
        "plainlanguage",
        "de",
        [make_finding(severity="warning")],
        score=15.0,
        threshold=12,
        metrics={"words": 9},
    )
    markup = Report("a11y_checks", "de", [make_finding(rule="image-alt", severity="error")])
    combined = Report.combine([text, markup], checker="compliance", profile="de")
    assert [f.rule for f in combined.findings] == ["ls-sentence-length", "image-alt"]
    assert combined.score == 15.0 and combined.threshold == 12
    assert combined.metrics == {"plainlanguage": {"words": 9}}
    assert not combined.passed


def test_a_finding_elsewhere_is_the_finding_replace_makes() -> None:
    from dataclasses import replace

    from checkreport import Finding, Text

    first = Finding(
        rule="sentence-length",
        severity="warning",
        message=Text(de="Satz zu lang", en="Sentence too long"),
        excerpt="Der Stadtrat prüft …",
        references={"din_spec_33429": ["7.2"]},
        start=0,
        end=40,
        location="p",
        field="body[0]",
    )
    message = Text(de="Satz mit 31 Wörtern", en="Sentence of 31 words")
    moved = first.elsewhere(message, "Die Beratung …", None, 120, 180)
    assert moved == replace(
        first, message=message, excerpt="Die Beratung …", suggestion=None, start=120, end=180
    )
    assert moved.to_dict()["field"] == "body[0]" and moved.references is first.references
