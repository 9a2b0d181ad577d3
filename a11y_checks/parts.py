"""Named parts of a page: the places where known markup (a field's HTML) sits in the whole page.

A page is checked once, as a whole, so heading order and language are judged in place; a finding
inside a part is then handed to that part by name (for the CMS: the field the HTML came from).
Each part's markup is looked up verbatim in the page and enclosed in two comments with a token of
this call, which the parse keeps in document order; markup found nowhere, or only inside another
part, a comment, a script or similar raw text, a tag, or hidden content, is reported as not found,
so the caller can check it on its own; so is markup that leaves a comment open.
"""

from __future__ import annotations

import re
import secrets
from bisect import bisect_left, bisect_right, insort
from collections.abc import Sequence

MARK_PREFIX = "a11y-part-"
# Where a marker comment would not be a comment of its own: inside a comment or the raw text of
# these elements. A part that starts there is not marked.
_RAW_TEXT = "script|style|textarea|title|xmp|noembed|noframes|iframe|noscript|plaintext"
# A comment from its "<", or raw text from the element's name on (group 1). Every match starts at
# a literal "<", so the search jumps from "<" to "<" instead of trying every position of the page.
_OPAQUE = re.compile(rf"<(?:!--.*?(?:-->|\Z)|(({_RAW_TEXT})\b[^>]*>.*?(?=</\2\s*>|\Z)))", re.S | re.I)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
# Searches per part on average before the rest count as not found: repeated short parts inside
# long ones must not turn marking into a quadratic search on a big page.
SEARCH_BUDGET_PER_PART = 8


def mark_parts(source: str, parts: Sequence[str]) -> tuple[str, str]:
    """The source with each part found enclosed in marker comments, and the marker's token.

    Longer parts are placed first and parts never overlap, so a short part that only occurs inside
    a longer one is not found (its HTML is not on the page on its own).
    """
    token = f"{MARK_PREFIX}{secrets.token_hex(6)}:"
    opaque = [match.span(1 if match.group(1) else 0) for match in _OPAQUE.finditer(source)]
    starts: list[int] = []
    spans: dict[int, tuple[int, int]] = {}  # start -> (end, index of the part)
    budget = SEARCH_BUDGET_PER_PART * len(parts) + 100
    resume: dict[str, int] = {}  # identical parts go on searching where the last one was placed
    for index in sorted(range(len(parts)), key=lambda i: -len(parts[i])):
        part = parts[index]
        # (isspace: the test of not part.strip() without copying the part)
        if not part or part.isspace() or (("<!" in part or "<?" in part) and opens_a_comment(part)):
            continue
        found = source.find(part, resume.get(part, 0))
        while found >= 0 and budget > 0:
            budget -= 1
            blocked_until = _blocked_until(source, found, found + len(part), starts, spans, opaque)
            if blocked_until is None:
                break
            found = source.find(part, blocked_until)
        if found < 0 or budget <= 0:
            resume[part] = len(source)
            continue
        resume[part] = found + len(part)
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


def opens_a_comment(part: str) -> bool:
    """A comment (or declaration) the part leaves open: the end marker would close it early."""
    rest = _COMMENT.sub("", part) if "<!--" in part else part
    return "<!" in rest or "<?" in rest


def _blocked_until(
    source: str,
    start: int,
    end: int,
    starts: list[int],
    spans: dict[int, tuple[int, int]],
    opaque: list[tuple[int, int]],
) -> int | None:
    """Where to search on when [start, end) cannot be marked: it overlaps a placed part (any later
    match before that part's end would overlap it too), starts inside a comment or raw text, or
    inside a tag (an attribute value). None: it can be marked."""
    inside = bisect_right(opaque, (start, len(source) + 1)) - 1
    if inside >= 0 and opaque[inside][0] < start < opaque[inside][1]:
        return opaque[inside][1]
    at = bisect_left(starts, start)
    if at < len(starts) and starts[at] < end:
        return spans[starts[at]][0]
    if at > 0 and spans[starts[at - 1]][0] > start:
        return spans[starts[at - 1]][0]
    if source.rfind("<", 0, start) > source.rfind(">", 0, start):
        tag_end = source.find(">", start)
        return len(source) if tag_end < 0 else tag_end + 1
    return None
