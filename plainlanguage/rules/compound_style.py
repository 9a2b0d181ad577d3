"""One way of splitting compounds per text: all with a Mediopunkt or all with a hyphen."""

from __future__ import annotations

import re
from collections.abc import Iterator

from checkreport import Text
from plainlanguage.profiles import Profile
from plainlanguage.registry import Hit, Rule, bad, good, register
from plainlanguage.text import Document, Token

_MEDIOPUNKTS = re.compile(r"[·•∙‧]")
_JOINERS = re.compile(r"[·•∙‧\-]")
# "Stadt-Verwaltung", "Nicht-Schwimmer": a hyphen between capitalised parts of a noun.
_HYPHEN_WORD = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)+")


def split_compounds(document: Document) -> tuple[list[Token], list[Token]]:
    """The words split with a Mediopunkt and those split with a hyphen, once per text."""

    def find() -> tuple[list[Token], list[Token]]:
        medio: list[Token] = []
        hyphen: list[Token] = []
        if not _JOINERS.search(document.text):
            return medio, hyphen
        for word, tokens in document.occurrences().items():
            if _MEDIOPUNKTS.search(word):
                medio.extend(tokens)
            elif "-" in word and _HYPHEN_WORD.fullmatch(word):
                if not word.startswith(("E-", "U-", "S-")):  # E-Mail, U-Bahn, S-Bahn
                    hyphen.extend(tokens)
        return medio, hyphen

    return document.memo("split-compounds", find)


def check_mixed(document: Document, profile: Profile) -> Iterator[Hit]:
    medio, hyphen = split_compounds(document)
    if not medio or not hyphen:
        return
    # The less used form is the one to change; on a tie the Mediopunkt wins (DIN SPEC 33429).
    minority, to_medio = (hyphen, True) if len(medio) >= len(hyphen) else (medio, False)
    for token in minority:
        parts = re.split(r"[-·•∙‧]", token.text)
        written = (
            "·".join([parts[0], *(p.lower() for p in parts[1:])])
            if to_medio
            else "-".join([parts[0], *(p[0].upper() + p[1:] for p in parts[1:])])
        )
        advice = Text(
            de=f"Schreiben Sie „{written}“ wie die anderen Wörter im Text.",
            en=f"Write „{written}“ like the other words in the text.",
        )
        yield Hit(token.start, token.end, advice, {"word": token.text})


register(
    Rule(
        id="compound-separator-mixed",
        title=Text("Mediopunkt und Bindestrich gemischt", "Mediopunkt and hyphen mixed"),
        message=Text(
            "„{word}“ ist anders getrennt als die anderen Wörter im Text.",
            "„{word}“ is split differently from the other words in the text.",
        ),
        severities={"de-x-ls": "warning"},
        references={
            "din_spec_33429": ("Wortebene: zusammengesetzte Wörter einheitlich trennen",),
            "netzwerk_leichte_sprache": ("Wörter: immer die gleichen Wörter",),
        },
        check=check_mixed,
        examples=(
            bad(
                "de-x-ls",
                "Die Stadt·verwaltung hat einen Aktions·plan.\nDer [[Stadt-Rat]] hat ihn beschlossen.",
            ),
            good(
                "de-x-ls", "Die Stadt·verwaltung hat einen Aktions·plan.\nDer Stadt·rat hat ihn beschlossen."
            ),
            good("de-x-ls", "Die Stadt-Verwaltung hat einen Aktions-Plan.\nSchreiben Sie eine E-Mail."),
        ),
    )
)
