"""Blockquotes so short they are probably used for emphasis, not quotation."""

from __future__ import annotations

from collections.abc import Iterator

from checkreport import Text

from ..data.words import THRESHOLDS
from ..dom import Page, normalise_space
from ..registry import Hit, Rule
from ._helpers import ex


def _short_quotes(page: Page) -> Iterator[Hit]:
    for node in page.by_tag.get("blockquote", ()):
        text = normalise_space(node.get_text(" "))
        if text and len(text) < THRESHOLDS["blockquote_min_chars"] and not page.is_excluded(node):
            yield Hit(node, params={"text": text})


RULES = (
    Rule(
        id="blockquote-short",
        kind="html",
        severity="warning",
        wcag=("1.3.1",),
        title=Text(de="Zitat-Element nur für Zitate", en="Quote element only for quotes"),
        message=Text(
            de="„{text}“ ist als Zitat ausgezeichnet, aber sehr kurz: Wird <blockquote> hier zur Hervorhebung benutzt?",
            en="“{text}” is marked up as a quote but very short: is <blockquote> used for emphasis here?",
        ),
        suggestion=Text(
            de="Verwenden Sie eine Überschrift oder Fettdruck, wenn es kein Zitat ist.",
            en="Use a heading or bold text if it is not a quotation.",
        ),
        check=_short_quotes,
        bad=(ex("<blockquote>Wichtig!</blockquote>"),),
        good=(ex("<blockquote>Integration ist eine Aufgabe der ganzen Stadtgesellschaft.</blockquote>"),),
    ),
)
