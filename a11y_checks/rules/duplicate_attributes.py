"""An attribute given twice on one element: browsers silently keep only the first."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from checkreport import Text

from ..dom import Page
from ..registry import Hit, Rule
from ._helpers import ex

_RAW_TEXT = re.compile(r"<!--.*?-->|<(script|style|textarea|title)\b[^>]*>.*?</\1\s*>", re.I | re.S)
_START_TAG = re.compile(
    r"<([a-zA-Z][^\s/>]*)((?:\s+[^\s/>\"'=]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]+))?)*)\s*/?>"
)
_ATTRIBUTE = re.compile(r"\s+([^\s/>\"'=]+)(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]+))?")
# A cheap pre-test: only markup with some name=... repeated inside one tag needs the full scan.
# The tags (to their ">") with two "=" or more, then the names before a "=" in each: a name twice
# in one is what the regex ``<[a-zA-Z][^>]*?\s([\w:-]+)\s*=[^>]*\s\1\s*=`` finds, without its
# backtracking through every tag of the page once per name.
_TWO_VALUES = re.compile(r"<[a-zA-Z][^>=]*=[^>=]*=[^>]*")
_NAME_BEFORE_VALUE = re.compile(r"(?<=\s)[\w:-]+(?=\s*=)")


def _maybe(source: str) -> bool:
    for tag in _TWO_VALUES.findall(source):
        names = _NAME_BEFORE_VALUE.findall(tag)
        if len(names) != len(set(names)):
            return True
    return False


def _duplicates(page: Page) -> Iterator[Hit]:
    source = page.source
    if not _maybe(source):
        return
    seen: Counter[str] = Counter()
    for tag in _START_TAG.finditer(_RAW_TEXT.sub(" ", source)):
        name = tag.group(1).lower()
        index = seen[name]
        seen[name] += 1
        counts = Counter(match.group(1).lower() for match in _ATTRIBUTE.finditer(tag.group(2)))
        repeated = sorted(attribute for attribute, count in counts.items() if count > 1)
        if repeated:
            nodes = page.by_tag.get(name, [])
            node = nodes[index] if index < len(nodes) else None
            yield Hit(
                node,
                params={"attributes": ", ".join(repeated)},
                excerpt=tag.group(0)[:160],
                location=None if node is not None else name,
            )


RULES = (
    Rule(
        id="duplicate-attribute",
        kind="html",
        severity="warning",  # WCAG 4.1.1 is obsolete in WCAG 2.2; EN 301 549 still lists it
        act=("e6952f",),
        wcag=("4.1.1",),
        title=Text(de="Kein Attribut doppelt", en="No duplicated attributes"),
        message=Text(
            de="Das Attribut {attributes} steht zweimal im selben Element; nur der erste Wert gilt.",
            en="The attribute {attributes} appears twice on one element; only the first value counts.",
        ),
        suggestion=Text(
            de="Lassen Sie nur einen, den richtigen Wert stehen.", en="Keep only one, correct value."
        ),
        check=_duplicates,
        bad=(ex('<img src="logo.png" alt="" alt="Logo der Stadt">'),),
        good=(
            ex('<img src="logo.png" alt="Logo der Stadt">'),
            ex('<script>var a = \'<img alt="" alt="x">\';</script>'),
        ),
    ),
)
