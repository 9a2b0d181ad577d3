"""Passive voice: say who does something ("Das Amt prüft den Antrag", "The office checks it")."""

from __future__ import annotations

from collections.abc import Iterator

from checkreport import Text
from plainlanguage.data import english
from plainlanguage.data import german_grammar as g
from plainlanguage.grammar import PAST_WERDEN, clause_break_before, is_german_participle, lowered
from plainlanguage.profiles import Profile
from plainlanguage.registry import Hit, Rule, bad, good, register
from plainlanguage.text import Document, Sentence

ADVICE = Text(
    de="Schreiben Sie aktiv und nennen Sie, wer es tut: statt „Der Antrag wird geprüft“ „Das Amt prüft den Antrag“.",
    en="Use the active voice and say who acts: not „The form is checked“ but „The office checks the form“.",
)


def _german_passive(document: Document, sentence: Sentence) -> Iterator[tuple[int, int]]:
    words = lowered(sentence)
    if g.WERDEN.isdisjoint(words):
        return
    for i, word in enumerate(words):
        if word not in g.WERDEN:
            continue
        past = word in PAST_WERDEN
        if i and is_german_participle(words[i - 1], past):  # "..., weil es gebaut wird" / "gebaut worden"
            yield i - 1, i
            continue
        last = None
        for j in range(i + 1, len(words)):
            if clause_break_before(document, sentence, j) or words[j] in g.COORDINATORS:
                break
            # The participle closes the clause ("... beschlossen.", "... beschlossen worden");
            # "-en" forms elsewhere are adjectives ("in verschiedenen Gruppen").
            at_end = j + 1 == len(words) or clause_break_before(document, sentence, j + 1)
            closing = at_end or words[j + 1] in g.WERDEN or words[j + 1] in g.COORDINATORS
            if is_german_participle(words[j], past) and (closing or words[j].endswith("t")):
                last = j
        if last is not None:
            yield last, i


def _english_passive(document: Document, sentence: Sentence) -> Iterator[tuple[int, int]]:
    words = lowered(sentence)
    if english.BE_FORMS.isdisjoint(words):
        return
    for i, word in enumerate(words[:-1]):
        if word not in english.BE_FORMS:
            continue
        j = i + 2 if words[i + 1].endswith("ly") and i + 2 < len(words) else i + 1
        candidate = words[j]
        if candidate in english.STATE_ADJECTIVES:
            continue
        if candidate in english.IRREGULAR_PARTICIPLES or (candidate.endswith("ed") and len(candidate) > 4):
            yield j, i


def passive_sentences(document: Document) -> list[tuple[Sentence, int]]:
    """(sentence, index of the participle) for every passive construction."""
    finder = _english_passive if document.language == "en" else _german_passive
    return document.memo(
        "passive",
        lambda: [(s, participle) for s in document.sentences for participle, _ in finder(document, s)],
    )


def check_passive(document: Document, profile: Profile) -> Iterator[Hit]:
    for sentence, index in passive_sentences(document):
        token = sentence.tokens[index]
        yield Hit(token.start, token.end, ADVICE, {"word": token.text})


def check_passive_density(document: Document, profile: Profile) -> Iterator[Hit]:
    passive = {id(sentence) for sentence, _ in passive_sentences(document)}
    share = len(passive) / max(1, len(document.sentences))
    if len(passive) >= 3 and share > profile.params["passive_share_warning"]:
        yield Hit(0, len(document.text), ADVICE, {"share": f"{share:.0%}"})


REFERENCES = {
    "din_spec_33429": ("Satzebene: Aktiv statt Passiv",),
    "netzwerk_leichte_sprache": ("Sätze: aktive Wörter",),
    "iso_24495_1": ("Understandable: active voice",),
}

register(
    Rule(
        id="passive",
        title=Text("Passiv", "Passive voice"),
        message=Text(
            "Passiv: „{word}“. Es bleibt offen, wer handelt.", "Passive: „{word}“. It hides who acts."
        ),
        severities={"de-x-ls": "warning", "de": "info", "en": "warning"},
        references=REFERENCES,
        check=check_passive,
        examples=(
            bad("de-x-ls", "Der Antrag wird vom Amt [[geprüft]]."),
            bad("de-x-ls", "Sie bekommen Geld, wenn der Antrag [[bezahlt]] wird."),
            good("de-x-ls", "Das Amt prüft den Antrag.\nEs wird bald warm."),
            bad("de", "Der Aktionsplan wurde 2022 vom Stadtrat [[beschlossen]]."),
            good("de", "Der Stadtrat hat den Aktionsplan 2022 beschlossen."),
            bad("en", "The plan was [[adopted]] by the council in 2022."),
            good("en", "The council adopted the plan in 2022. We are interested in your ideas."),
        ),
    )
)

register(
    Rule(
        id="passive-density",
        title=Text("Viel Passiv", "Much passive voice"),
        message=Text("{share} der Sätze stehen im Passiv.", "{share} of the sentences are passive."),
        severities={"de": "warning"},
        references=REFERENCES,
        check=check_passive_density,
        examples=(
            bad(
                "de",
                "[[Der Plan wurde beschlossen. Die Mittel werden bereitgestellt. "
                "Die Ergebnisse werden veröffentlicht. Die Stadt lädt ein.]]",
            ),
            good(
                "de",
                "Der Stadtrat hat den Plan beschlossen. Die Stadt stellt Geld bereit. Der Antrag wird geprüft.",
            ),
        ),
    )
)
