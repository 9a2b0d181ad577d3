"""One way of splitting compounds per text: all with a Mediopunkt or all with a hyphen."""

from __future__ import annotations

import re
from collections.abc import Iterator

from checkreport import Text
from plainlanguage.profiles import Profile
from plainlanguage.registry import Hit, Rule, bad, good, register
from plainlanguage.text import Document

_MEDIOPUNKT_WORD = re.compile(r"[^\W\d_]+(?:[·•∙‧][^\W\d_]+)+")
# "Stadt-Verwaltung", "Nicht-Schwimmer": a hyphen between two capitalised parts of a noun.
_HYPHEN_WORD = re.compile(r"(?<![\w-])[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)+(?![\w-])")


def check_mixed(document: Document, profile: Profile) -> Iterator[Hit]:
    text = document.text
    medio = list(_MEDIOPUNKT_WORD.finditer(text))
    hyphen = [m for m in _HYPHEN_WORD.finditer(text) if not m.group().startswith(("E-", "U-", "S-"))]
    if not medio or not hyphen:
        return
    # The less used form is the one to change; on a tie the Mediopunkt wins (DIN SPEC 33429).
    minority, to_medio = (hyphen, True) if len(medio) >= len(hyphen) else (medio, False)
    for match in minority:
        parts = re.split(r"[-·•∙‧]", match.group())
        written = (
            "·".join([parts[0], *(p.lower() for p in parts[1:])])
            if to_medio
            else "-".join([parts[0], *(p[0].upper() + p[1:] for p in parts[1:])])
        )
        advice = Text(
            de=f"Schreiben Sie „{written}“ wie die anderen Wörter im Text.",
            en=f"Write „{written}“ like the other words in the text.",
        )
        yield Hit(match.start(), match.end(), advice, {"word": match.group()})


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
