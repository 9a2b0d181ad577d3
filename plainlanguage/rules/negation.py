"""Negation: say what is, not what is not ("Der Eintritt ist frei", not "Der Eintritt kostet nichts")."""

from __future__ import annotations

from collections.abc import Iterator

from checkreport import Text
from plainlanguage.data.german import NEGATIONS
from plainlanguage.grammar import lowered
from plainlanguage.profiles import Profile
from plainlanguage.registry import Hit, Rule, bad, good, register
from plainlanguage.text import Document

ADVICE = Text(
    de="Sagen Sie es positiv („Der Eintritt ist frei“ statt „Der Eintritt kostet nichts“). "
    "Ist die Verneinung nötig, heben Sie „nicht“ oder „kein“ fett hervor.",
    en="Say it positively. If the negation is needed, put „nicht“ or „kein“ in bold.",
)


def check_negation(document: Document, profile: Profile) -> Iterator[Hit]:
    for sentence in document.sentences:
        if NEGATIONS.isdisjoint(sentence.lower):
            continue  # most sentences: one look-up per word in C
        for i, word in enumerate(lowered(sentence)):
            if word in NEGATIONS:
                token = sentence.tokens[i]
                yield Hit(token.start, token.end, ADVICE, {"word": token.text})


register(
    Rule(
        id="negation",
        title=Text("Verneinung", "Negation"),
        message=Text("Verneinung „{word}“.", "Negation „{word}“."),
        severities={"de-x-ls": "warning"},
        references={
            "din_spec_33429": ("Satzebene: positive Formulierungen",),
            "netzwerk_leichte_sprache": ("Sätze: positive Sprache",),
            "languagetool": ("VERNEINUNG",),
        },
        check=check_negation,
        examples=(
            bad("de-x-ls", "Der Kurs kostet [[nichts]]."),
            bad("de-x-ls", "Sie brauchen [[keinen]] Termin."),
            good("de-x-ls", "Der Kurs ist kostenlos.\nSie können ohne Termin kommen."),
        ),
    )
)
