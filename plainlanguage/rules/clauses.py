"""One statement per sentence: joined main clauses and subordinate clauses."""

from __future__ import annotations

from collections.abc import Iterator

from checkreport import Text
from plainlanguage.clauses import coordinated_statements, subordinate_clauses
from plainlanguage.data import german_grammar as g
from plainlanguage.profiles import Profile
from plainlanguage.registry import Hit, Rule, bad, good, register
from plainlanguage.text import Document

SPLIT_ADVICE = Text(
    de="Machen Sie aus jeder Aussage einen eigenen Satz: „Wir machen ein Fest. Alle Nachbarn kommen.“",
    en="Give each statement its own sentence: „Wir machen ein Fest. Alle Nachbarn kommen.“",
)
SUBCLAUSE_ADVICE = Text(
    de="Schreiben Sie den Neben·satz als eigenen Satz.",
    en="Turn the subordinate clause into a sentence of its own.",
)


def check_one_statement(document: Document, profile: Profile) -> Iterator[Hit]:
    for sentence in document.sentences:
        for i in coordinated_statements(document, sentence):
            token = sentence.tokens[i]
            yield Hit(token.start, token.end, SPLIT_ADVICE, {"word": token.text})


def check_subordinate(document: Document, profile: Profile) -> Iterator[Hit]:
    for sentence in document.sentences:
        for i in subordinate_clauses(document, sentence):
            token = sentence.tokens[i]
            if token.text.lower() not in g.ACCEPTED_IN_LEICHTE_SPRACHE:
                yield Hit(token.start, token.end, SUBCLAUSE_ADVICE, {"word": token.text})


def check_nested(document: Document, profile: Profile) -> Iterator[Hit]:
    for sentence in document.sentences:
        count = len(subordinate_clauses(document, sentence))
        if count >= profile.params["clauses_warning"]:
            yield Hit(sentence.start, sentence.end, SUBCLAUSE_ADVICE, {"count": count})


REFERENCES = {
    "din_spec_33429": ("Satzebene: eine Aussage pro Satz",),
    "netzwerk_leichte_sprache": ("Sätze: eine Aussage",),
}

register(
    Rule(
        id="one-statement",
        title=Text("Mehrere Aussagen in einem Satz", "Several statements in one sentence"),
        message=Text("„{word}“ verbindet zwei Aussagen.", "„{word}“ joins two statements."),
        severities={"de-x-ls": "warning"},
        references={**REFERENCES, "languagetool": ("ZWEI_INFORMATIONSEINHEITEN_PRO_SATZ",)},
        check=check_one_statement,
        examples=(
            bad("de-x-ls", "Wir machen ein Fest [[und]] alle Nachbarn kommen."),
            bad("de-x-ls", "Der Kurs ist voll, [[aber]] Sie können warten."),
            good("de-x-ls", "Wir machen ein Fest mit Musik und Essen.\nAlle Nachbarn kommen."),
        ),
    )
)

register(
    Rule(
        id="subordinate-clause",
        title=Text("Nebensatz", "Subordinate clause"),
        message=Text("Nebensatz mit „{word}“.", "Subordinate clause with „{word}“."),
        severities={"de-x-ls": "warning"},
        references=REFERENCES,
        check=check_subordinate,
        examples=(
            bad("de-x-ls", "Das ist die Frau, [[die]] Ihnen hilft."),
            bad("de-x-ls", "Wir wissen, [[dass]] das schwer ist."),
            bad("de-x-ls", "Wir haben keine Zeit, um [[mitzumachen]]."),
            good("de-x-ls", "Wenn Sie Fragen haben, rufen Sie an.\nDie Frau hilft Ihnen."),
        ),
    )
)

register(
    Rule(
        id="nested-clauses",
        title=Text("Schachtelsatz", "Nested clauses"),
        message=Text("Der Satz hat {count} Nebensätze.", "The sentence has {count} subordinate clauses."),
        severities={"de": "warning"},
        references={"din_8581_1": ("Verständlich: Satzbau",), "iso_24495_1": ("Understandable: sentences",)},
        check=check_nested,
        examples=(
            bad(
                "de",
                "[[Der Plan, den der Rat beschlossen hat, nachdem die Vereine, die sich beteiligt haben, "
                "Vorschläge machten, gilt bis 2026.]]",
            ),
            good("de", "Der Rat hat den Plan beschlossen, nachdem die Vereine Vorschläge gemacht haben."),
        ),
    )
)
