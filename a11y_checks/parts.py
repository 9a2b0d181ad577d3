"""Named parts of a page: the places where known markup (a field's HTML) sits in the whole page.

A page is checked once, as a whole, so heading order and language are judged in place; a finding
inside a part is then handed to that part by name (for the CMS: the field the HTML came from).
Each part's markup is looked up verbatim in the page and enclosed in two comments with a token of
this call, which the parse keeps in document order; markup found nowhere, or only inside another
part or inside hidden content, is reported as not found, so the caller can check it on its own.
"""

from __future__ import annotations

import secrets
from bisect import bisect_left, insort
from collections.abc import Sequence

MARK_PREFIX = "a11y-part-"


def mark_parts(source: str, parts: Sequence[str]) -> tuple[str, str]:
    """The source with each part found enclosed in marker comments, and the marker's token.

    Longer parts are placed first and parts never overlap, so a short part that only occurs inside
    a longer one is not found (its HTML is not on the page on its own).
    """
    token = f"{MARK_PREFIX}{secrets.token_hex(6)}:"
    starts: list[int] = []
    spans: dict[int, tuple[int, int]] = {}  # start -> (end, index of the part)
    for index in sorted(range(len(parts)), key=lambda i: -len(parts[i])):
        part = parts[index]
        if not part.strip():
            continue
        found = source.find(part)
        while found >= 0 and _overlaps(found, found + len(part), starts, spans):
            found = source.find(part, found + 1)
        if found >= 0:
            insort(starts, found)
            spans[found] = (found + len(part), index)
    pieces: list[str] = []
    position = 0
    for start in starts:
        end, index = spans[start]
        pieces += [
            source[position:start],
            f"<!--{token}{index}-->",
            source[start:end],
            f"<!--{token}/{index}-->",
        ]
        position = end
    pieces.append(source[position:])
    return "".join(pieces), token


def _overlaps(start: int, end: int, starts: list[int], spans: dict[int, tuple[int, int]]) -> bool:
    at = bisect_left(starts, start)
    if at < len(starts) and starts[at] < end:
        return True
    return at > 0 and spans[starts[at - 1]][0] > start
