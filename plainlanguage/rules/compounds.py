"""Long words and compounds: Leichte Sprache splits compounds with a Mediopunkt or a hyphen."""

from __future__ import annotations

import re
from collections.abc import Iterator

from checkreport import Text
from plainlanguage.profiles import Profile
from plainlanguage.registry import Hit, Rule, bad, good, register
from plainlanguage.text import Document
from plainlanguage.words import parts_of, with_hyphens, with_mediopunkt

_LETTERS_ONLY = re.compile(r"^[^\W\d_]+$")
_MEDIOPUNKT = re.compile(r"[^\W\d_][·•∙‧][^\W\d_]")
_HYPHEN_COMPOUND = re.compile(r"[^\W\d_]{2}-[A-ZÄÖÜ][a-zäöüß]")


def prefers_hyphen(document: Document) -> bool:
    """True when the text itself splits compounds with hyphens more often than with a Mediopunkt."""
    return len(_HYPHEN_COMPOUND.findall(document.text)) > len(_MEDIOPUNKT.findall(document.text))


def _split_suggestion(parts: list[str], hyphen: bool) -> Text:
    noun = parts[0][0].isupper()
    written = with_hyphens(parts, noun) if hyphen else with_mediopunkt(parts)
    other = with_mediopunkt(parts) if hyphen else with_hyphens(parts, noun)
    return Text(
        de=f"Schreiben Sie „{written}“ (oder „{other}“, aber einheitlich im ganzen Text).",
        en=f"Write „{written}“ (or „{other}“, but the same way throughout the text).",
    )


def _unsplit(document: Document, low: float, high: float) -> Iterator[Hit]:
    hyphen = prefers_hyphen(document)
    for sentence in document.sentences:
        for token in sentence.tokens:
            word = token.text
            # Leichte Sprache splits nouns; verbs and adjectives stay whole.
            if not (low <= len(word) < high) or not _LETTERS_ONLY.match(word) or not word[0].isupper():
                continue
            if word.isupper():
                continue
            if word.lower() in document.glossary:
                continue
            parts = parts_of(word)
            if len(parts) > 1:
                yield Hit(token.start, token.end, _split_suggestion(parts, hyphen), {"word": word})


def check_unsplit(document: Document, profile: Profile) -> Iterator[Hit]:
    yield from _unsplit(
        document, profile.params["compound_letters_warning"], profile.params["compound_letters_error"]
    )


def check_unsplit_long(document: Document, profile: Profile) -> Iterator[Hit]:
    yield from _unsplit(document, profile.params["compound_letters_error"], float("inf"))


REFERENCES = {
    "din_spec_33429": ("Wortebene: zusammengesetzte Wörter",),
    "netzwerk_leichte_sprache": ("Wörter: lange Wörter trennen",),
}
MESSAGE = Text("Zusammengesetztes Wort „{word}“ ohne Trennung.", "Compound „{word}“ is not split.")

register(
    Rule(
        id="compound-unsplit",
        title=Text("Zusammengesetztes Wort trennen", "Split the compound"),
        message=MESSAGE,
        severities={"de-x-ls": "warning"},
        references=REFERENCES,
        check=check_unsplit,
        examples=(
            bad("de-x-ls", "Die [[Stadtverwaltung]] hilft Ihnen."),
            bad("de-x-ls", "Das ist der [[Aktionsplan]]."),
            good("de-x-ls", "Die Stadt·verwaltung hilft Ihnen.\nDas ist der Aktions·plan."),
        ),
    )
)

register(
    Rule(
        id="compound-unsplit-long",
        title=Text("Langes Wort trennen", "Split the long word"),
        message=MESSAGE,
        severities={"de-x-ls": "error"},
        references={**REFERENCES, "languagetool": ("LANGES_WORT",)},
        check=check_unsplit_long,
        examples=(
            bad("de-x-ls", "Die [[Straßenbahnhaltestelle]] ist am Rathaus."),
            bad("de-x-ls", "Fragen Sie die [[Integrationsbeauftragte]]."),
            good("de-x-ls", "Die Straßen·bahn·halte·stelle ist am Rat·haus."),
        ),
    )
)
