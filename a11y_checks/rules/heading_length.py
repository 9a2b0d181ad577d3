"""Headings short enough to skim."""

from __future__ import annotations

from collections.abc import Iterator

from checkreport import Text

from ..data.words import THRESHOLDS
from ..dom import Page
from ..registry import Hit, Rule
from ._headings import headings
from ._helpers import ex


def _too_long(page: Page) -> Iterator[Hit]:
    for node, _ in headings(page):
        if len(page.name(node)) > THRESHOLDS["heading_max_chars"]:
            yield Hit(node, params={"length": len(page.name(node))})


RULES = (
    Rule(
        id="heading-too-long",
        kind="html",
        severity="warning",
        wcag=("2.4.6",),
        title=Text(de="Überschriften sind knapp", en="Headings are brief"),
        message=Text(
            de="Die Überschrift hat {length} Zeichen; lange Überschriften erschweren das Überfliegen.",
            en="The heading has {length} characters; long headings make skimming hard.",
        ),
        suggestion=Text(
            de="Kürzen Sie die Überschrift und schreiben Sie den Rest in den Absatz darunter.",
            en="Shorten the heading and move the rest into the paragraph below.",
        ),
        check=_too_long,
        bad=(
            ex(
                "<h2>"
                + "Die Stadt fördert die Teilhabe aller Menschen an Bildung, Arbeit und Kultur " * 2
                + "</h2>"
            ),
        ),
        good=(ex("<h2>Teilhabe an Bildung, Arbeit und Kultur</h2>"),),
    ),
)
