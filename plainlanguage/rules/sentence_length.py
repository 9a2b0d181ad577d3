"""Sentence length: a warning above the profile's soft limit, an error above its hard limit."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from checkreport import Text
from plainlanguage.profiles import Profile
from plainlanguage.registry import Hit, Rule, bad, good, register
from plainlanguage.rules import overload
from plainlanguage.text import Document

REFERENCES = {
    "din_spec_33429": ("Satzebene: kurze Sätze",),
    "netzwerk_leichte_sprache": ("Sätze: kurze Sätze",),
    "iso_24495_1": ("Understandable: sentences",),
    "din_8581_1": ("Verständlich: Sätze",),
}


@lru_cache(maxsize=64)
def _split_advice(limit: int) -> Text:
    return Text(
        de=f"Teilen Sie den Satz in kürzere Sätze mit höchstens {limit} Wörtern: eine Aussage pro Satz.",
        en=f"Split the sentence into shorter ones of at most {limit} words: one statement per sentence.",
    )


def _long_sentences(document: Document, low: float, high: float, limit: int) -> Iterator[Hit]:
    for sentence in document.sentences:
        if low < sentence.words <= high:
            yield Hit(sentence.start, sentence.end, _split_advice(limit), {"words": sentence.words})


def check_long(document: Document, profile: Profile) -> Iterator[Hit]:
    limit = int(profile.params["sentence_words_warning"])
    # A long sentence that is also overloaded gets that (stronger) finding instead.
    overloaded = overload.overloaded(document, profile) if profile.severity(overload.RULE) else {}
    for hit in _long_sentences(document, limit, profile.params["sentence_words_error"], limit):
        if hit.start not in overloaded:
            yield hit


def check_far_too_long(document: Document, profile: Profile) -> Iterator[Hit]:
    limit = int(profile.params["sentence_words_warning"])
    yield from _long_sentences(document, profile.params["sentence_words_error"], float("inf"), limit)


register(
    Rule(
        id="sentence-long",
        title=Text("Langer Satz", "Long sentence"),
        message=Text("Der Satz hat {words} Wörter.", "The sentence has {words} words."),
        severities={"de-x-ls": "warning", "de": "warning", "en": "warning"},
        references=REFERENCES,
        check=check_long,
        examples=(
            bad("de-x-ls", "[[Im Sommer gibt es im Stadtteil Prohlis ein großes Fest für alle Nachbarn.]]"),
            good("de-x-ls", "Im Sommer gibt es ein Fest in Prohlis.\nAlle Nachbarn sind eingeladen."),
            bad(
                "de",
                "[[Die Stadt Dresden hat im Jahr 2022 nach einer längeren Beteiligung einen Aktionsplan "
                "beschlossen, der die Integration von Zugewanderten in den Bereichen Bildung, Arbeit, "
                "Gesundheit und Wohnen in den kommenden Jahren stärken soll.]]",
            ),
            good(
                "de", "Die Stadt Dresden hat im Jahr 2022 einen Aktionsplan für die Integration beschlossen."
            ),
            bad(
                "en",
                "[[The city council adopted an action plan in 2022 that aims to strengthen the integration "
                "of newcomers in education, work and housing over the next four years.]]",
            ),
            good("en", "The city council adopted an action plan in 2022."),
        ),
    )
)

register(
    Rule(
        id="sentence-too-long",
        title=Text("Zu langer Satz", "Sentence too long"),
        message=Text(
            "Der Satz hat {words} Wörter, viel zu viele.", "The sentence has {words} words, far too many."
        ),
        severities={"de-x-ls": "error", "de": "error", "en": "error"},
        references=REFERENCES,
        check=check_far_too_long,
        examples=(
            bad(
                "de-x-ls",
                "[[Der Aktionsplan zeigt, was die Stadt Dresden in den nächsten vier Jahren für die "
                "Menschen tun will, die neu in der Stadt sind.]]",
            ),
            good("de-x-ls", "Der Aktionsplan ist ein Plan für 4 Jahre."),
            bad(
                "de",
                "[[Mit dem Aktionsplan, den der Stadtrat nach einer langen Beteiligung von Vereinen, "
                "Migrantenorganisationen, Kirchengemeinden, Verwaltung und Bürgerschaft im Sommer beschlossen "
                "hat, legt die Stadt fest, welche Maßnahmen sie in den Jahren 2022 bis 2026 in welchen "
                "Stadtteilen umsetzen will und wer in der Verwaltung dafür zuständig ist.]]",
            ),
            good("de", "Der Stadtrat hat den Aktionsplan nach einer langen Beteiligung beschlossen."),
            bad(
                "en",
                "[[With the action plan, which the city council adopted after a long consultation of "
                "associations, migrant organisations, the administration and residents, the city sets out "
                "which measures it will carry out from 2022 to 2026 and who is responsible for them.]]",
            ),
            good("en", "The city council adopted the action plan after a long consultation."),
        ),
    )
)
