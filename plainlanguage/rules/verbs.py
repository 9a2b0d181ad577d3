"""Verb forms Leichte Sprache avoids: Konjunktiv ("könnte") and Präteritum ("ging")."""

from __future__ import annotations

from collections.abc import Iterator

from checkreport import Text
from plainlanguage.data import german_grammar as g
from plainlanguage.grammar import lowered
from plainlanguage.profiles import Profile
from plainlanguage.registry import Hit, Rule, bad, good, register
from plainlanguage.text import Document, Sentence

SUBJUNCTIVE_ADVICE = Text(
    de="Schreiben Sie klar, was ist: statt „Das Amt könnte helfen“ „Das Amt hilft vielleicht“.",
    en="Say plainly what is: instead of „Das Amt könnte helfen“ write „Das Amt hilft vielleicht“.",
)
PRETERITE_ADVICE = Text(
    de="Schreiben Sie im Perfekt: statt „Er ging nach Hause“ „Er ist nach Hause gegangen“.",
    en="Use the Perfekt: instead of „Er ging nach Hause“ write „Er ist nach Hause gegangen“.",
)


SUBJUNCTIVE_FORMS = g.SUBJUNCTIVE | g.SUBJUNCTIVE_I


def check_subjunctive(document: Document, profile: Profile) -> Iterator[Hit]:
    for sentence in document.sentences:
        if SUBJUNCTIVE_FORMS.isdisjoint(sentence.lower):
            continue
        for i, word in enumerate(lowered(sentence)):
            # "Sei leise!" at the start is an imperative, not Konjunktiv I.
            if word in g.SUBJUNCTIVE or (word in g.SUBJUNCTIVE_I and i > 0):
                token = sentence.tokens[i]
                yield Hit(token.start, token.end, SUBJUNCTIVE_ADVICE, {"word": token.text})


def _is_noun(sentence: Sentence, words: list[str], i: int) -> bool:
    """A capitalised form is a noun ("viele Sprachen", "der Stand"); at the start of a sentence only
    a following subject pronoun or a question mark makes it a verb ("Kamen Sie?")."""
    text = sentence.tokens[i].text
    if not text[0].isupper() or text.isupper():
        return False
    if i:
        return True
    following = words[1] if len(words) > 1 else ""
    return following not in g.SUBJECT_PRONOUNS and not sentence.text.rstrip().endswith("?")


def check_preterite(document: Document, profile: Profile) -> Iterator[Hit]:
    for sentence in document.sentences:
        words = lowered(sentence)
        if g.PRETERITE.isdisjoint(words):
            continue
        for i, word in enumerate(words):
            if word not in g.PRETERITE or _is_noun(sentence, words, i):
                continue
            if word in g.PRETERITE_AMBIGUOUS and not (i and words[i - 1] in g.SUBJECT_PRONOUNS):
                continue
            token = sentence.tokens[i]
            yield Hit(token.start, token.end, PRETERITE_ADVICE, {"word": token.text})


register(
    Rule(
        id="subjunctive",
        title=Text("Konjunktiv", "Subjunctive"),
        message=Text("Konjunktiv „{word}“.", "Subjunctive „{word}“."),
        severities={"de-x-ls": "warning"},
        references={
            "din_spec_33429": ("Satzebene: Konjunktiv vermeiden",),
            "netzwerk_leichte_sprache": ("Wörter: keinen Konjunktiv",),
            "languagetool": ("KONJUNKTIV",),
        },
        check=check_subjunctive,
        examples=(
            bad("de-x-ls", "Das Amt [[könnte]] Ihnen helfen."),
            bad("de-x-ls", "Er sagt, das Amt [[sei]] geschlossen."),
            good("de-x-ls", "Das Amt hilft Ihnen vielleicht.\nSei leise!"),
        ),
    )
)

register(
    Rule(
        id="preterite",
        title=Text("Präteritum", "Simple past"),
        message=Text("Präteritum „{word}“.", "Simple past „{word}“."),
        severities={"de-x-ls": "warning"},
        references={
            "din_spec_33429": ("Satzebene: Perfekt statt Präteritum",),
            "netzwerk_leichte_sprache": ("Sätze: Perfekt statt Präteritum",),
        },
        check=check_preterite,
        examples=(
            bad("de-x-ls", "Im Jahr 2022 [[beschloss]] der Stadt·rat den Plan."),
            bad("de-x-ls", "Viele Menschen [[kamen]] zu dem Fest."),
            bad("de-x-ls", "[[Gingen]] Sie gestern zum Amt?"),
            good(
                "de-x-ls",
                "Der Stadt·rat hat den Plan beschlossen.\nViele Menschen sind zu dem Fest gekommen.\n"
                "Im Kurs lernen Sie neue Sprachen.\nSprachen öffnen Türen.",
            ),
        ),
    )
)
