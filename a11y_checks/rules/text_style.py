"""Inline styles that make text hard to read: justified alignment and very small type."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from checkreport import Text

from ..dom import Page, attr
from ..registry import Hit, Rule
from ._helpers import ex

_JUSTIFY = re.compile(r"text-align\s*:\s*justify", re.I)
_FONT_SIZE = re.compile(r"font-size\s*:\s*([\d.]+)\s*(px|pt|em|rem|%)", re.I)
# Below these sizes text is too small to read without zoom (10 px, as Sa11y and Editoria11y warn).
_MIN_SIZE = {"px": 10.0, "pt": 7.5, "em": 0.625, "rem": 0.625, "%": 62.5}


def _too_small(style: str) -> bool:
    match = _FONT_SIZE.search(style)
    return bool(match) and float(match.group(1)) < _MIN_SIZE[match.group(2).lower()]


def _styled(test: Callable[[str], bool]) -> Callable[[Page], Iterator[Hit]]:
    def check(page: Page) -> Iterator[Hit]:
        for node in page.with_style:
            if test(attr(node, "style")) and not page.is_hidden(node) and page.visible_text(node).strip():
                yield Hit(node)

    return check


RULES = (
    Rule(
        id="text-justified",
        kind="html",
        severity="warning",
        wcag=("1.4.8",),
        title=Text(de="Kein Blocksatz", en="No justified text"),
        message=Text(
            de="Der Text steht im Blocksatz; die ungleichen Wortabstände erschweren das Lesen, etwa bei Legasthenie.",
            en="The text is justified; the uneven word spacing makes reading harder, e.g. with dyslexia.",
        ),
        suggestion=Text(de="Setzen Sie den Text linksbündig.", en="Align the text to the left."),
        check=_styled(lambda style: bool(_JUSTIFY.search(style))),
        bad=(ex('<p style="text-align: justify">Die Stadt fördert Sprachkurse in allen Stadtteilen.</p>'),),
        good=(ex('<p style="text-align: left">Die Stadt fördert Sprachkurse in allen Stadtteilen.</p>'),),
    ),
    Rule(
        id="text-too-small",
        kind="html",
        severity="warning",
        wcag=("1.4.4",),
        practice="Sa11y: very small text",
        title=Text(de="Keine sehr kleine Schrift", en="No very small text"),
        message=Text(
            de="Der Text ist sehr klein gesetzt und ohne Vergrößerung kaum lesbar.",
            en="The text is set very small and hard to read without zooming.",
        ),
        suggestion=Text(
            de="Entfernen Sie die Schriftgröße aus dem Inhalt; die Seite gibt eine lesbare Größe vor.",
            en="Remove the font size from the content; the page sets a readable size.",
        ),
        check=_styled(_too_small),
        bad=(ex('<p style="font-size: 8px">Hinweise zum Datenschutz</p>'),),
        good=(
            ex('<p style="font-size: 1.2em">Hinweise zum Datenschutz</p>'),
            ex('<p style="font-size: 16px">Hinweise</p>'),
        ),
    ),
)
