"""Dates in figures ("23.06.2022"): Leichte Sprache writes "23. Juni 2022"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from checkreport import Text
from plainlanguage.data.german import MONTH_NAMES
from plainlanguage.profiles import Profile
from plainlanguage.registry import Hit, Rule, bad, good, register
from plainlanguage.text import Document, number_tokens

_NUMERIC = re.compile(r"(\d{1,2})\. ?(\d{1,2})\.(?: ?(\d{4}|\d{2})(?!\d|\.\d))?(?!\d)")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?![\d-])")


def _written(day: int, month: int, year: str | None) -> str | None:
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    if year and len(year) == 2:
        year = f"20{year}" if int(year) < 50 else f"19{year}"
    return f"{day}. {MONTH_NAMES[month - 1]}" + (f" {year}" if year else "")


def check_dates(document: Document, profile: Profile) -> Iterator[Hit]:
    text = document.text
    found, after = [], -1
    for token in number_tokens(document):
        if token.start < after or (text[token.start - 1 : token.start] in (".", "-") and token.start):
            continue  # inside a date already found, or the middle of one ("06" in "23.06.2022")
        if match := _NUMERIC.match(text, token.start):
            found.append((match.start(), match.end(), _written(int(match[1]), int(match[2]), match[3])))
        elif match := _ISO.match(text, token.start):
            found.append((match.start(), match.end(), _written(int(match[3]), int(match[2]), match[1])))
        else:
            continue
        after = match.end()
    for start, end, written in found:
        if written:
            suggestion = Text(de=f"Schreiben Sie „{written}“.", en=f"Write „{written}“.")
            yield Hit(start, end, suggestion, {"date": text[start:end]})


register(
    Rule(
        id="date-format",
        title=Text("Datum in Ziffern", "Date in figures"),
        message=Text(
            "Das Datum „{date}“ ist nur in Ziffern geschrieben.",
            "The date „{date}“ is written in figures only.",
        ),
        severities={"de-x-ls": "error"},
        references={
            "din_spec_33429": ("Wortebene: Zahlen und Datum",),
            "netzwerk_leichte_sprache": ("Zahlen und Zeichen: Datum",),
        },
        check=check_dates,
        examples=(
            bad("de-x-ls", "Das Fest ist am [[23.06.2022]]."),
            bad("de-x-ls", "Der Plan gilt ab [[2022-06-23]]."),
            bad("de-x-ls", "Am [[31.1.]] ist das Fest."),
            good("de-x-ls", "Das Fest ist am 23. Juni 2022."),
            good("de-x-ls", "Der Kurs kostet 3.50 Euro."),
        ),
    )
)
