"""Rules on real sentences: words that only look like a breach, and the breaches that stay found."""

from __future__ import annotations

import pytest

from plainlanguage import analyze


def flagged(text: str, rule: str) -> list[str]:
    report = analyze(text, profile="de-x-ls")
    return [report.text[f.start : f.end] for f in report.findings if f.rule == rule]


COMPOUND_RULES = ("compound-unsplit", "compound-unsplit-long")


def compounds_flagged(text: str) -> list[str]:
    return [word for rule in COMPOUND_RULES for word in flagged(text, rule)]


@pytest.mark.parametrize(
    "text",
    [
        "In der Schule lernen die Kinder zwei Sprachen.",
        "Viele Menschen in Dresden sprechen mehrere Sprachen.",
        "Sprachen lernen macht Freude.",
        "Der Stand von dem Projekt ist gut.",
    ],
)
def test_noun_that_looks_like_preterite_is_no_preterite(text: str) -> None:
    assert flagged(text, "preterite") == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Sie sprachen lange mit der Ärztin.", "sprachen"),
        ("Sprachen Sie schon mit dem Amt?", "Sprachen"),
        ("Die Kinder standen vor der Tür.", "standen"),
        ("Gestern war das Fest im Park.", "war"),
    ],
)
def test_preterite_is_still_found(text: str, word: str) -> None:
    assert flagged(text, "preterite") == [word]


@pytest.mark.parametrize(
    "text",
    [
        "Meine Familie lebt seit zehn Jahren in Deutschland.",
        "Berlin ist die Haupt·stadt Deutschlands.",
        "Viele Menschen kommen aus Afghanistan, Russland oder Griechenland.",
        "Die Helferinnen bringen am Montag das Essen.",
        "Die Lehrerinnen sprechen mit den Eltern.",
        "Die Mitarbeiterinnen im Rat·haus helfen Ihnen gern.",
    ],
)
def test_names_and_derived_words_are_no_unsplit_compounds(text: str) -> None:
    assert compounds_flagged(text) == []


@pytest.mark.parametrize(
    ("text", "word", "suggestion"),
    [
        ("Die Stadtverwaltung hat am Montag geschlossen.", "Stadtverwaltung", "Stadt·verwaltung"),
        ("Die Bürgermeisterin spricht mit uns.", "Bürgermeisterin", "Bürger·meisterin"),
        ("Die Stadtführerinnen zeigen uns die Kirche.", "Stadtführerinnen", "Stadt·führerinnen"),
        ("Die Wohnungssuche ist in Dresden schwer.", "Wohnungssuche", "Wohnungs·suche"),
    ],
)
def test_real_compounds_are_still_found(text: str, word: str, suggestion: str) -> None:
    report = analyze(text, profile="de-x-ls")
    found = [f for f in report.findings if f.rule in COMPOUND_RULES]
    assert [report.text[f.start : f.end] for f in found] == [word]
    assert suggestion in found[0].suggestion.de


def test_letter_range_as_a_name_is_no_range_breach() -> None:
    assert flagged("Im Register A–Z finden Sie alle Ämter.", "range-dash") == []
    assert flagged("Das Heft Teil A-C liegt im Büro.", "range-dash") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Die Liste geht von A–F.", "von A–F"),
        ("Die Sprech·stunde ist 14–16 Uhr.", "14–16"),
        ("Der Kurs ist vom 3.-5. Mai.", "vom 3.-5."),
    ],
)
def test_ranges_with_von_or_numbers_are_found(text: str, span: str) -> None:
    assert flagged(text, "range-dash") == [span]


def test_long_word_the_text_explains_is_not_flagged() -> None:
    explained = "Diskriminierung ist eine schlechte Behandlung von Menschen.\nWir helfen bei Diskriminierung."
    assert flagged(explained, "long-word") == []
    assert flagged("Wir helfen bei Diskriminierung.", "long-word") == ["Diskriminierung"]


def test_explaining_a_compound_does_not_replace_splitting_it_in_standard_german() -> None:
    text = "Die Straßenbahnhaltestellenbeschilderung ist eine Aufgabe der Stadt."
    report = analyze(text, profile="de")
    assert [f.excerpt for f in report.findings if f.rule == "long-word"] == [
        "Straßenbahnhaltestellenbeschilderung"
    ]
