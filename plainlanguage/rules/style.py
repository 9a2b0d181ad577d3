"""Whole-text measures: nominal style in German, reading grade in English."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from checkreport import Text
from plainlanguage.lexicon import zipf
from plainlanguage.metrics import NOMINAL_SUFFIXES
from plainlanguage.profiles import Profile
from plainlanguage.registry import Hit, Rule, bad, good, register
from plainlanguage.text import Document

MIN_WORDS = 20  # a share of a handful of words says nothing


def german_verb_for(noun: str) -> str | None:
    """ "Umsetzung" -> "umsetzen", "Förderung" -> "fördern"."""
    if not noun.lower().endswith("ung"):
        return None
    stem = noun.lower()[:-3]
    options = [stem + "en", stem + "n"]
    best = max(options, key=lambda option: zipf(option, "de"))
    return best if zipf(best, "de") >= 3.0 else None


def check_nominal_density(document: Document, profile: Profile) -> Iterator[Hit]:
    pattern = NOMINAL_SUFFIXES["de"]
    # Each distinct word once, with how often it occurs, in order of first occurrence (as the
    # tokens come): the same counts, shares and ties as going through every token.
    counts = {word: len(tokens) for word, tokens in document.occurrences().items() if not word[0].isdigit()}
    noun_counts = {word: count for word, count in counts.items() if pattern.match(word)}
    words, nouns = sum(counts.values()), sum(noun_counts.values())
    if words < MIN_WORDS or nouns / words <= profile.params["nominal_share_warning"]:
        return
    pairs = [(noun, german_verb_for(noun)) for noun, _ in Counter(noun_counts).most_common()]
    examples = [f"„{verb}“ statt „{noun}“" for noun, verb in pairs if verb][:3]
    advice = Text(
        de="Schreiben Sie mit Verben" + (f": {', '.join(examples)}." if examples else "."),
        en="Use verbs" + (f": {', '.join(examples)}." if examples else "."),
    )
    yield Hit(0, len(document.text), advice, {"share": f"{nouns / words:.0%}"})


def check_grade(document: Document, profile: Profile) -> Iterator[Hit]:
    grade = document.metrics.get("flesch_kincaid_grade")
    if (
        grade is not None
        and document.metrics.get("sentences", 0) >= 2
        and grade > profile.params["grade_warning"]
    ):
        advice = Text(
            de=f"Kürzere Sätze und Wörter senken die Stufe unter {profile.params['grade_warning']:g}.",
            en=f"Shorter sentences and words bring the grade below {profile.params['grade_warning']:g}.",
        )
        yield Hit(0, len(document.text), advice, {"grade": f"{grade:.1f}"})


register(
    Rule(
        id="nominal-style",
        title=Text("Nominalstil", "Nominal style"),
        message=Text(
            "{share} der Wörter sind Substantive auf -ung, -heit, -keit, -ion.",
            "{share} of the words are abstract nouns.",
        ),
        severities={"de": "warning"},
        references={
            "din_8581_1": ("Verständlich: Verben statt Substantive",),
            "iso_24495_1": ("Understandable: verbs",),
        },
        check=check_nominal_density,
        examples=(
            bad(
                "de",
                "[[Die Umsetzung der Maßnahmen erfolgt unter Beteiligung der Verwaltung. Die Förderung der "
                "Integration und die Verbesserung der Teilhabe sind Ziele. Die Koordination liegt bei der "
                "Stadtverwaltung.]]",
            ),
            good(
                "de",
                "Die Stadt setzt die Maßnahmen mit den Vereinen um. Sie will, dass alle mitmachen können. "
                "Dafür gibt es Geld für Kurse, Feste und Beratung in allen Stadtteilen.",
            ),
        ),
    )
)

register(
    Rule(
        id="reading-grade",
        title=Text("Lesestufe", "Reading grade"),
        message=Text("Flesch-Kincaid-Stufe {grade}.", "Flesch–Kincaid grade {grade}."),
        severities={"en": "warning"},
        references={"iso_24495_1": ("Understandable: sentences and words",)},
        check=check_grade,
        examples=(
            bad(
                "en",
                "[[The municipality's comprehensive integration strategy establishes institutional "
                "responsibilities for implementation. Evaluation of intercultural participation "
                "initiatives will be conducted annually.]]",
            ),
            good(
                "en", "The city has a plan. It helps people who are new here. We check the plan every year."
            ),
        ),
    )
)
