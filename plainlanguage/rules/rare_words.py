"""Rare and foreign words without explanation (frequencies from wordfreq)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from checkreport import Text
from plainlanguage.data.german import FOREIGN_REPLACEMENTS
from plainlanguage.lexicon import zipf
from plainlanguage.profiles import Profile
from plainlanguage.registry import Hit, Rule, bad, good, register
from plainlanguage.text import Document, Token, explained_terms
from plainlanguage.words import split_compound

_LETTERS = re.compile(r"^[^\W\d_]+(?:[·•∙‧\-][^\W\d_]+)*$")
_PARTS = re.compile(r"[·•∙‧\-]")
FOREIGN_MARGIN = 1.0  # a word this much more frequent in English than in German is English
COMMON_IN_GERMAN = 4.0  # ... unless German uses it that often anyway ("Computer")


def _candidates(document: Document) -> list[tuple[str, list[Token]]]:
    """Words to judge by their frequency, each with its tokens (found once per text)."""
    return document.memo("word-candidates", lambda: _find_candidates(document))


def _find_candidates(document: Document) -> list[tuple[str, list[Token]]]:
    explained = explained_terms(document)
    english = document.language == "en"
    firsts = {s.tokens[0].start for s in document.sentences if s.tokens} if english else set()
    found = []
    for word, tokens in document.occurrences().items():
        if len(word) < 4 or word.isupper() or not (word.isalpha() or _LETTERS.match(word)):
            continue
        if word.casefold() in explained:
            continue
        if english and word[0].isupper():
            tokens = [token for token in tokens if token.start in firsts]  # inside a sentence: a name
            if not tokens:
                continue
        found.append((word, tokens))
    return found


@lru_cache(maxsize=65536)
def _rarity(word: str, language: str) -> float:
    parts = [part for part in _PARTS.split(word) if part]
    if language == "de" and len(parts) == 1 and split_compound(word):
        return 7.0  # an unsplit compound of known words; the compound rules deal with it
    return min(_known_form(part, language) for part in parts)


ENDINGS = ("s", "es", "e", "en", "n", "er", "em")


def _known_form(word: str, language: str) -> float:
    """Frequency of the word or of its form without an inflection ending ("Fahrrads" -> "Fahrrad")."""
    best = zipf(word, language)
    for ending in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            best = max(best, zipf(word[: -len(ending)], language))
    return best


def check_rare(document: Document, profile: Profile) -> Iterator[Hit]:
    limit = profile.params["rare_zipf"]
    for word, tokens in _candidates(document):
        if _rarity(word, document.language) < limit and not _is_foreign(word, document.language):
            advice, values = _explain(word, None), {"word": word}
            for token in tokens:
                yield Hit(token.start, token.end, advice, values)


@lru_cache(maxsize=65536)
def _is_foreign(word: str, language: str) -> bool:
    if language != "de":
        return False
    german, english = zipf(word, "de"), zipf(word, "en")
    return english >= 3.5 and english - german >= FOREIGN_MARGIN and german < COMMON_IN_GERMAN


def check_foreign(document: Document, profile: Profile) -> Iterator[Hit]:
    for word, tokens in _candidates(document):
        if word.lower() in FOREIGN_REPLACEMENTS or _is_foreign(word, document.language):
            advice, values = _explain(word, FOREIGN_REPLACEMENTS.get(word.lower())), {"word": word}
            for token in tokens:
                yield Hit(token.start, token.end, advice, values)


def _explain(word: str, replacement: str | None) -> Text:
    if replacement:
        return Text(
            de=f"Schreiben Sie „{replacement}“ oder erklären Sie „{word}“.",
            en=f"Write „{replacement}“ or explain „{word}“.",
        )
    return Text(
        de=f"Nehmen Sie ein bekanntes Wort oder erklären Sie „{word}“ (oder nehmen Sie es ins Wörterbuch auf).",
        en=f"Use a common word or explain „{word}“ (or add it to the glossary).",
    )


REFERENCES = {
    "din_spec_33429": ("Wortebene: bekannte Wörter",),
    "netzwerk_leichte_sprache": ("Wörter: bekannte Wörter, keine Fremdwörter",),
}

register(
    Rule(
        id="rare-word",
        title=Text("Seltenes Wort", "Rare word"),
        message=Text("„{word}“ ist ein seltenes Wort.", "„{word}“ is a rare word."),
        severities={"de-x-ls": "warning", "en": "warning"},
        references={
            **REFERENCES,
            "iso_24495_1": ("Understandable: familiar words",),
            "languagetool": ("SCHWIERIGE_WOERTER",),
        },
        check=check_rare,
        examples=(
            bad("de-x-ls", "Die Stadt plant eine [[paritätische]] Besetzung vom Beirat."),
            good(
                "de-x-ls",
                "Das ist ein Plan.\nEin Beirat ist eine Gruppe.\nBeirat heißt: eine Gruppe, die berät.",
            ),
            bad("en", "The council will [[promulgate]] the plan."),
            good("en", "The council will publish the plan in Dresden."),
        ),
    )
)

register(
    Rule(
        id="foreign-word",
        title=Text("Fremdwort", "Foreign word"),
        message=Text("„{word}“ ist ein Fremdwort.", "„{word}“ is a foreign word."),
        severities={"de-x-ls": "warning", "de": "info"},
        references={**REFERENCES, "din_8581_1": ("Verständlich: Wörter",)},
        check=check_foreign,
        examples=(
            bad("de-x-ls", "Es gibt einen [[Workshop]] für Eltern."),
            bad("de-x-ls", "Wir freuen uns auf Ihr [[Feedback]]."),
            good("de-x-ls", "Es gibt ein Treffen für Eltern.\nFeedback heißt: Sie sagen uns Ihre Meinung."),
            bad("de", "Das [[Meeting]] findet im Rathaus statt."),
            good("de", "Das Treffen findet im Rathaus statt."),
        ),
    )
)
