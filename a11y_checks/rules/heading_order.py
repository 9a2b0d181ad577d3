"""Heading levels without gaps; in content placed under the page's h1, no second h1."""

from __future__ import annotations

from collections.abc import Iterator

from checkreport import Text

from ..dom import Page
from ..registry import Hit, Rule
from ._headings import headings
from ._helpers import ex


def _skipped(page: Page) -> Iterator[Hit]:
    previous = 1 if page.fragment else None  # a fragment sits under the page's h1
    for node, level in headings(page):
        if previous is not None and level > previous + 1:
            yield Hit(node, params={"level": level, "expected": previous + 1})
        previous = level


def _h1_in_fragment(page: Page) -> Iterator[Hit]:
    # content: a fragment, or a named part of a whole page (see parts.py)
    if page.fragment or page.parts_found:
        for node, level in headings(page):
            if level == 1 and (page.fragment or page.part_of(node) is not None):
                yield Hit(node)


RULES = (
    Rule(
        id="heading-order",
        kind="html",
        severity="warning",
        wcag=("1.3.1", "2.4.6"),
        title=Text(de="Überschriften-Ebenen ohne Sprung", en="Heading levels without gaps"),
        message=Text(
            de="Nach der vorigen Überschrift kommt Ebene {level}; erwartet ist höchstens Ebene {expected}.",
            en="After the previous heading comes level {level}; at most level {expected} is expected.",
        ),
        suggestion=Text(
            de="Wählen Sie die Ebene nach der Gliederung, nicht nach der Schriftgröße (im Inhalt beginnt es mit Ebene 2).",
            en="Choose the level by the outline, not by font size (content starts at level 2).",
        ),
        check=_skipped,
        bad=(ex("<h3>Ziele</h3><p>Text</p>"), ex("<h2>Bildung</h2><h4>Kita</h4>")),
        good=(
            ex("<h2>Bildung</h2><h3>Kita</h3><h2>Arbeit</h2>"),
            ex("<h1>Aktionsplan</h1><h2>Ziele</h2>", fragment=False),
        ),
    ),
    Rule(
        id="heading-h1-in-content",
        kind="html",
        severity="warning",
        wcag=("1.3.1",),
        title=Text(de="Keine zweite Hauptüberschrift im Inhalt", en="No second main heading in the content"),
        message=Text(
            de="Der Inhalt enthält eine Überschrift der Ebene 1; die Seite hat ihre Hauptüberschrift schon.",
            en="The content contains a level 1 heading; the page already has its main heading.",
        ),
        suggestion=Text(de="Beginnen Sie im Inhalt mit Ebene 2.", en="Start the content at level 2."),
        check=_h1_in_fragment,
        bad=(ex("<h1>Ziele</h1><p>Text</p>"),),
        good=(ex("<h2>Ziele</h2><p>Text</p>"),),
    ),
)
