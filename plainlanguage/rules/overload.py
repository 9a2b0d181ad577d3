"""A long sentence that also holds a second clause, hard grammar or an unsplit compound: a clear breach.

Each of these is a matter of degree on its own (a warning); together with a sentence over the
Leichte Sprache limit they leave no doubt that the sentence needs rewriting.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

from checkreport import Text
from plainlanguage import clauses
from plainlanguage.profiles import Profile
from plainlanguage.registry import Hit, Rule, bad, good, hits, register
from plainlanguage.rules import compounds, genitive, passive, verbs
from plainlanguage.text import Document

ADVICE = Text(
    de="Teilen Sie den Satz: eine Aussage pro Satz, im Aktiv, im Perfekt, ohne Neben·satz.",
    en="Split the sentence: one statement per sentence, active voice, Perfekt, no subordinate clause.",
)
# Findings inside a sentence that make a long sentence carry more than one statement.
SIGNALS = (
    (
        "Neben·satz",
        "subordinate clause",
        lambda d, s: bool(clauses.subordinate_clauses(d, s)),
    ),
    (
        "zwei Aussagen",
        "two statements",
        lambda d, s: bool(clauses.coordinated_statements(d, s)),
    ),
)
WORD_SIGNALS = (
    ("Passiv", "passive", passive.check_passive),
    ("Genitiv", "genitive", genitive.check_genitive),
    ("Konjunktiv", "subjunctive", verbs.check_subjunctive),
    ("Präteritum", "simple past", verbs.check_preterite),
    ("ungetrenntes langes Wort", "unsplit long word", compounds.check_unsplit),
)


def overloaded(document: Document, profile: Profile) -> dict[int, tuple[str, str]]:
    """Sentence start -> (German, English) name of the first signal, for sentences over the limit."""
    return document.memo(f"overloaded:{profile.name}", lambda: _overloaded(document, profile))


def _overloaded(document: Document, profile: Profile) -> dict[int, tuple[str, str]]:
    limit, hard = profile.params["overload_words"], profile.params["sentence_words_error"]
    long_sentences = {s.start: s for s in document.sentences if limit < s.words <= hard}
    found: dict[int, tuple[str, str]] = {}
    if not long_sentences:
        return found
    starts = sorted(long_sentences)
    for de, en, check in WORD_SIGNALS:
        for hit in hits(check, document, profile):
            position = bisect_right(starts, hit.start) - 1
            if position >= 0 and hit.start < long_sentences[starts[position]].end:
                found.setdefault(starts[position], (de, en))
    for start, sentence in long_sentences.items():
        for de, en, test in SIGNALS:
            if start not in found and test(document, sentence):
                found[start] = (de, en)
    return found


def check_overloaded(document: Document, profile: Profile) -> Iterator[Hit]:
    signals = overloaded(document, profile)
    for sentence in document.sentences:
        if sentence.start in signals:
            de, en = signals[sentence.start]
            yield Hit(sentence.start, sentence.end, ADVICE, {"words": sentence.words, "de": de, "en": en})


RULE = register(
    Rule(
        id="sentence-overloaded",
        title=Text("Langer Satz mit mehreren Aussagen", "Long sentence with several statements"),
        message=Text(
            "Der Satz hat {words} Wörter und dazu: {de}.", "The sentence has {words} words and a {en}."
        ),
        severities={"de-x-ls": "error"},
        references={
            "din_spec_33429": ("Satzebene: kurze Sätze, eine Aussage pro Satz",),
            "netzwerk_leichte_sprache": ("Sätze: kurze Sätze, eine Aussage",),
        },
        check=check_overloaded,
        examples=(
            bad("de-x-ls", "[[Im Sommer gibt es ein großes Fest, weil der Aktions·plan 1 Jahr alt wird.]]"),
            bad(
                "de-x-ls", "[[Der Plan wurde im Jahr 2022 von dem Stadt·rat für alle Menschen beschlossen.]]"
            ),
            bad("de-x-ls", "[[Die Stadt plant für den Sommer ein großes Fest in der Stadtbibliothek.]]"),
            good("de-x-ls", "Im Sommer gibt es ein großes Fest für alle Menschen in der Stadt."),
        ),
    )
)
