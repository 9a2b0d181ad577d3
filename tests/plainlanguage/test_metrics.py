"""The classic formulas, computed from this package's counts, agree with textstat's."""

from __future__ import annotations

import pytest
import textstat

from plainlanguage import analyze
from plainlanguage.lexicon import german_syllables
from plainlanguage.rules.numbers import number_value
from plainlanguage.words import parts_of

from .test_analyze import LEICHTE_SPRACHE, STANDARD


@pytest.mark.parametrize("text", [STANDARD, LEICHTE_SPRACHE.replace("\n", " ")])
def test_german_formulas_agree_with_textstat(text: str) -> None:
    textstat.set_lang("de")
    metrics = analyze(text, profile="de").metrics
    assert metrics["flesch_amstad"] == pytest.approx(textstat.flesch_reading_ease(text), abs=2)
    assert metrics["wiener_sachtextformel"] == pytest.approx(textstat.wiener_sachtextformel(text, 1), abs=0.5)
    assert metrics["lix"] == pytest.approx(textstat.lix(text), abs=1)


def test_flesch_by_hand() -> None:
    metrics = analyze("Der Hund bellt laut.", profile="de").metrics
    # 4 words, 1 sentence, 4 syllables: 180 - 4 - 58.5 * 1
    assert metrics["flesch_amstad"] == pytest.approx(117.5)


@pytest.mark.parametrize(
    ("word", "count"), [("Haus", 1), ("Feuer", 2), ("Stadtverwaltung", 4), ("Integration", 5), ("Leute", 2)]
)
def test_german_syllables(word: str, count: int) -> None:
    assert german_syllables(word) == count


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("Stadtverwaltung", ["Stadt", "verwaltung"]),
        ("Aktionsplan", ["Aktions", "plan"]),
        ("Fahrradwerkstatt", ["Fahrrad", "werkstatt"]),
        ("Kindertagesstätte", ["Kinder", "tages", "stätte"]),
        ("Bürgermeisterin", ["Bürger", "meisterin"]),
        ("Dachrinnen", ["Dach", "rinnen"]),
        ("Verwaltung", []),
        ("Helferinnen", []),
        ("Deutschlands", []),
        ("Griechenland", []),
        ("Unterstützung", []),
        ("Integration", []),
    ],
)
def test_compound_splitting(word: str, parts: list[str]) -> None:
    assert parts_of(word) == parts


@pytest.mark.parametrize(
    ("word", "value"), [("sieben", 7), ("zweihundert", 200), ("dreiundzwanzig", 23), ("tausend", 1000)]
)
def test_german_number_words(word: str, value: int) -> None:
    assert number_value(word) == value
