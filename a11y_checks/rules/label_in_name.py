"""The visible label of a control is part of its accessible name (speech users say what they see)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from checkreport import Text

from ..dom import Page, attr
from ..registry import Hit, Rule
from ._helpers import ex

_WIDGETS_NAMED_BY_CONTENT = frozenset(
    """button checkbox gridcell link menuitem menuitemcheckbox menuitemradio option radio switch tab
    treeitem doc-backlink doc-biblioref doc-glossref doc-noteref""".split()
)
_NON_WORD = re.compile(r"[\W_]+")


def _words(text: str) -> str:
    return " " + _NON_WORD.sub(" ", text.lower()).strip() + " "


def _label_not_in_name(page: Page) -> Iterator[Hit]:
    for node in page.with_aria:
        if not (attr(node, "aria-label").strip() or attr(node, "aria-labelledby").strip()):
            continue
        if page.is_excluded(node) or page.role(node) not in _WIDGETS_NAMED_BY_CONTENT:
            continue
        visible = _words(page.visible_text(node))
        if sum(ch.isalnum() for ch in visible) < 2:
            continue  # a symbol such as "X" or "▼" is not a text label
        if visible not in _words(page.name(node)):
            yield Hit(node, params={"label": visible.strip(), "name": page.name(node)})


RULES = (
    Rule(
        id="label-content-name-mismatch",
        kind="html",
        severity="warning",
        act=("2ee8b8",),
        wcag=("2.5.3",),
        title=Text(de="Sichtbare Beschriftung steckt im Namen", en="Visible label is part of the name"),
        message=Text(
            de="Sichtbar steht „{label}“, der zugängliche Name lautet „{name}“; Sprachsteuerung findet das Element nicht.",
            en="The visible label is “{label}” but the accessible name is “{name}”; voice control cannot find it.",
        ),
        suggestion=Text(
            de="Beginnen Sie das aria-label mit dem sichtbaren Text oder entfernen Sie das aria-label.",
            en="Start the aria-label with the visible text, or remove the aria-label.",
        ),
        check=_label_not_in_name,
        bad=(ex('<a href="/termine" aria-label="Kalender öffnen">Veranstaltungen</a>'),),
        good=(
            ex('<a href="/termine" aria-label="Veranstaltungen im Mai">Veranstaltungen</a>'),
            ex('<button aria-label="Schließen">X</button>'),
        ),
    ),
)
