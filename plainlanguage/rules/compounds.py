"""Long words and compounds: Leichte Sprache splits compounds with a Mediopunkt or a hyphen."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from checkreport import Text
from plainlanguage.profiles import Profile
from plainlanguage.registry import Hit, Rule, bad, good, register
from plainlanguage.rules.compound_style import split_compounds
from plainlanguage.text import Document, Token
from plainlanguage.words import compound_parts, with_hyphens, with_mediopunkt


def prefers_hyphen(document: Document) -> bool:
    """True when the text itself splits compounds with hyphens more often than with a Mediopunkt."""
    medio, hyphen = split_compounds(document)
    return len(hyphen) > len(medio)


@lru_cache(maxsize=4096)
def _split_suggestion(parts: tuple[str, ...], hyphen: bool) -> Text:
    noun = parts[0][0].isupper()
    written = with_hyphens(list(parts), noun) if hyphen else with_mediopunkt(list(parts))
    other = with_mediopunkt(list(parts)) if hyphen else with_hyphens(list(parts), noun)
    return Text(
        de=f"Schreiben Sie „{written}“ (oder „{other}“, aber einheitlich im ganzen Text).",
        en=f"Write „{written}“ (or „{other}“, but the same way throughout the text).",
    )


MIN_COMPOUND = 6


def unsplit_compounds(document: Document) -> list[tuple[str, list[Token], tuple[str, ...]]]:
    """Nouns written as one word that split into known words: (word, its tokens, its parts), once per text."""

    def find() -> list[tuple[str, list[Token], tuple[str, ...]]]:
        found = []
        for word, tokens in document.occurrences().items():
            # Leichte Sprache splits nouns; verbs and adjectives stay whole.
            if len(word) < MIN_COMPOUND or not word[0].isupper() or not word.isalpha() or word.isupper():
                continue
            parts = compound_parts(word)
            if len(parts) > 1 and not document.explains(word):
                found.append((word, tokens, parts))
        return found

    return document.memo("compounds", find)


def _unsplit(document: Document, low: float, high: float) -> Iterator[Hit]:
    hyphen = prefers_hyphen(document)
    for word, tokens, parts in unsplit_compounds(document):
        if low <= len(word) < high:
            suggestion = _split_suggestion(parts, hyphen)  # once per word, not per token
            for token in tokens:
                yield Hit(token.start, token.end, suggestion, {"word": token.text})


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
