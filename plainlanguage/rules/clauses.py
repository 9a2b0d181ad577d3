"""One statement per sentence: joined main clauses and subordinate clauses."""

from __future__ import annotations

from collections.abc import Iterator

from checkreport import Text
from plainlanguage.data import german_grammar as g
from plainlanguage.grammar import (
    clause_break_before,
    comma_before,
    gap_before,
    is_zu_infinitive,
    looks_finite_german,
    lowered,
)
from plainlanguage.profiles import Profile
from plainlanguage.registry import Hit, Rule, bad, good, register
from plainlanguage.text import Document, Sentence

WINDOW = 6  # words after "und"/"oder" in which a second finite verb makes a second statement
CORRELATIVES = {"oder": "entweder", "noch": "weder", "sondern": "nur"}
SPLIT_ADVICE = Text(
    de="Machen Sie aus jeder Aussage einen eigenen Satz: „Tim liebt Tina. Und Tina liebt Tim.“",
    en="Give each statement its own sentence: „Tim liebt Tina. Und Tina liebt Tim.“",
)
SUBCLAUSE_ADVICE = Text(
    de="Schreiben Sie den Neben·satz als eigenen Satz.",
    en="Turn the subordinate clause into a sentence of its own.",
)


def _finite(document: Document, sentence: Sentence, words: list[str], start: int, stop: int) -> bool:
    return any(looks_finite_german(document, sentence, words, k) for k in range(start, stop))


def _second_verb(document: Document, sentence: Sentence, words: list[str], start: int, stop: int) -> bool:
    """A finite verb in words[start:stop]; after a modal, a final "-en" is its infinitive ("darf ... suchen")."""
    modal = any(word in g.MODALS for word in words[:start])
    for k in range(start, stop):
        at_end = k + 1 == len(words) or clause_break_before(document, sentence, k + 1)
        if modal and at_end and words[k].endswith("en"):
            continue
        if looks_finite_german(document, sentence, words, k):
            return True
    return False


def _clause_start(document: Document, sentence: Sentence, index: int) -> int:
    for k in range(index, 0, -1):
        if clause_break_before(document, sentence, k):
            return k
    return 0


def coordinated_statements(document: Document, sentence: Sentence) -> Iterator[int]:
    words = lowered(sentence)
    for i, word in enumerate(words[1:-1], start=1):
        after_comma = "," in gap_before(document, sentence, i)
        if word in CORRELATIVES and CORRELATIVES[word] in words[:i]:
            yield i
        elif word in g.COORDINATORS and word not in ("und", "oder") and after_comma:
            yield i  # ", aber", ", denn", ", sondern", ", doch"
        elif after_comma and _comma_joined(document, sentence, words, i):
            yield i  # "Frauen haben kleinere Hände, sie essen auch kleinere Portionen."
        elif word in ("und", "oder", "denn"):
            stop = min(len(words), i + 1 + WINDOW)
            for k in range(i + 1, stop):
                if clause_break_before(document, sentence, k) or words[k] in g.COORDINATORS:
                    stop = k
                    break
            before = _clause_start(document, sentence, i)
            if _finite(document, sentence, words, i + 1, stop) and _finite(
                document, sentence, words, before, i
            ):
                yield i


def _comma_joined(document: Document, sentence: Sentence, words: list[str], i: int) -> bool:
    """A main clause after a comma: its verb in first or second place, a verb before the comma too."""
    if words[i] in g.SUBORDINATORS or words[i] in g.RELATIVE_PRONOUNS or words[i] in g.COORDINATORS:
        return False
    stop = min(len(words), i + 3)
    for k in range(i + 1, stop):
        if clause_break_before(document, sentence, k):
            stop = k
            break
    before = _clause_start(document, sentence, i - 1)
    if words[before] in g.SUBORDINATORS:
        return False  # "Wenn Sie Zeit haben, kommen Sie": the main clause after a subordinate one
    if not _second_verb(document, sentence, words, i, stop):
        return False
    return _finite(document, sentence, words, before, i)


def subordinate_clauses(document: Document, sentence: Sentence) -> Iterator[int]:
    words = lowered(sentence)
    for i, word in enumerate(words[1:], start=1):
        if not comma_before(document, sentence, i):
            continue  # after a colon a main clause follows ("Dann sagt er: Die Frau kommt.")
        if word in g.SUBORDINATORS or word in g.RELATIVE_PRONOUNS:
            yield i
        elif word in g.PREPOSITIONS and i + 1 < len(words) and words[i + 1] in g.RELATIVE_PRONOUNS:
            yield i  # ", mit dem ..."
        else:
            infinitive = _infinitive_clause(document, sentence, words, i)
            if infinitive is not None:
                yield infinitive  # ", um mitzumachen", ", stärker vorzugehen"


def _infinitive_clause(document: Document, sentence: Sentence, words: list[str], start: int) -> int | None:
    for k in range(start, len(words)):
        if k > start and clause_break_before(document, sentence, k):
            return None
        if is_zu_infinitive(words[k], words[k - 1]) and words[k].endswith(("en", "rn", "ln")):
            return k
    return None


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
        count = sum(1 for _ in subordinate_clauses(document, sentence))
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
