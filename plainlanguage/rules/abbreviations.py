"""Abbreviations ("z. B.", "bzw.") and acronyms ("BAMF", "A.W.O."): write them out or explain them."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import lru_cache

from checkreport import Text
from plainlanguage.data import german
from plainlanguage.profiles import Profile
from plainlanguage.registry import Hit, Rule, bad, good, register
from plainlanguage.text import Document, Sentence, flat_tokens

_DOTTED = re.compile(r"(?<![\w.])[^\W\d_]{1,6}\.(?: ?[^\W\d_]{1,2}\.)*")
_CAPITALS = re.compile(r"(?<![\w·\-])(?:[A-ZÄÖÜ][A-ZÄÖÜa-z]{0,3}[A-ZÄÖÜ]|[A-ZÄÖÜ]{2})(?![\w·])")
_ALL_CAPS_LINE = re.compile(r"^[^a-zäöüß]*$")


def _expansion(abbreviation: str) -> str | None:
    key = abbreviation.replace(" ", "").lower()
    if key in german.ABBREVIATIONS:
        return german.ABBREVIATIONS[key]
    return None


def _dotted(document: Document) -> Iterator[re.Match[str]]:
    """Short words directly followed by a full stop, and what follows them ("z. B.", "S.P.D.")."""
    text, after = document.text, -1
    tokens, starts = flat_tokens(document)
    # From full stop to full stop through the whole text: the word (if any) that ends right there.
    dot = text.find(".")
    while dot >= 0:
        index = bisect_left(starts, dot) - 1  # the last word that starts before the full stop
        if index >= 0:
            token = tokens[index]
            if token.end == dot and len(token.text) <= 6 and token.start >= after:
                match = _DOTTED.match(text, token.start)
                if match:
                    after = match.end()
                    yield match
        dot = text.find(".", dot + 1)


def check_abbreviations(document: Document, profile: Profile) -> Iterator[Hit]:
    for match in _dotted(document):
        found = _abbreviation(match.group())
        if found is not None:
            written, suggestion = found
            yield Hit(match.start(), match.start() + len(written), suggestion, {"abbreviation": written})


@lru_cache(maxsize=4096)
def _abbreviation(written: str) -> tuple[str, Text] | None:
    """The abbreviation at the start of ``written`` and what to write instead, or None.

    Cached: most of what ``_dotted`` finds are short words at the end of a sentence ("Stand."),
    the same ones again and again.
    """
    expansion = _expansion(written)
    if expansion is None:
        letters = written.replace(" ", "").split(".")[:-1]
        if len(letters) >= 2 and all(len(part) == 1 and part.isupper() for part in letters):
            return written, _write_out(written)
        written = written.split(".")[0] + "."
        expansion = _expansion(written)
    if expansion is None:
        return None
    return written, Text(de=f"Schreiben Sie „{expansion}“.", en=f"Write „{expansion}“ instead.")


def _write_out(written: str) -> Text:
    return Text(
        de=f"Schreiben Sie „{written}“ aus oder erklären Sie es beim ersten Mal.",
        en=f"Write „{written}“ out in full or explain it where it first appears.",
    )


def _capital_lines(document: Document) -> list[Sentence]:
    # A heading in capitals is a layout matter, not an abbreviation.
    return document.memo(
        "capital-lines", lambda: [s for s in document.sentences if _ALL_CAPS_LINE.match(s.text)]
    )


def _in_capital_line(document: Document, position: int) -> bool:
    lines = _capital_lines(document)
    index = bisect_right([line.start for line in lines], position) - 1
    return index >= 0 and position < lines[index].end


def check_acronyms(document: Document, profile: Profile) -> Iterator[Hit]:
    for acronym, tokens in document.occurrences().items():
        if len(acronym) > 5 or not acronym[0].isupper() or not _CAPITALS.fullmatch(acronym):
            continue
        if acronym in german.ACRONYMS_KNOWN or document.explains(acronym):
            continue
        known = german.ACRONYMS.get(acronym)
        suggestion = (
            Text(de=f"Schreiben Sie „{known}“.", en=f"Write „{known}“ instead.")
            if known
            else _write_out(acronym)
        )
        for token in tokens:
            if not _in_capital_line(document, token.start):
                yield Hit(token.start, token.end, suggestion, {"abbreviation": acronym})


MESSAGE = Text("Abkürzung „{abbreviation}“.", "Abbreviation „{abbreviation}“.")
REFERENCES = {
    "din_spec_33429": ("Wortebene: Abkürzungen",),
    "netzwerk_leichte_sprache": ("Wörter: keine Abkürzungen",),
}

register(
    Rule(
        id="abbreviation",
        title=Text("Abkürzung", "Abbreviation"),
        message=MESSAGE,
        severities={"de-x-ls": "error", "de": "warning"},
        references={**REFERENCES, "din_8581_1": ("Verständlich: Wörter",)},
        check=check_abbreviations,
        examples=(
            bad("de-x-ls", "Es gibt viele Angebote, [[z. B.]] Sprach·kurse."),
            bad("de-x-ls", "Das Büro ist in der Königstraße [[Nr.]] 5."),
            bad("de-x-ls", "Das Fest macht die [[A.W.O.]] in Dresden."),
            good("de-x-ls", "Es gibt viele Angebote.\nZum Beispiel: Sprach·kurse."),
            bad("de", "Die Beratung ist kostenlos [[bzw.]] wird von der Stadt bezahlt."),
            good("de", "Die Beratung ist kostenlos. Die Stadt bezahlt sie."),
        ),
    )
)

register(
    Rule(
        id="acronym",
        title=Text("Abkürzung aus Großbuchstaben", "Acronym"),
        message=MESSAGE,
        severities={"de-x-ls": "warning", "de": "info"},
        references=REFERENCES,
        check=check_acronyms,
        examples=(
            bad("de-x-ls", "Fragen Sie beim [[BAMF]] nach."),
            bad("de-x-ls", "Der Kurs ist in der [[VHS]]."),
            good("de-x-ls", "Fragen Sie bei der Ausländer·behörde nach."),
            bad("de", "Die Kurse werden vom [[BAMF]] gefördert."),
            good("de", "Das Bundesamt für Migration und Flüchtlinge fördert die Kurse."),
        ),
    )
)
