"""Headings must not be empty."""

from __future__ import annotations

from collections.abc import Iterator

from checkreport import Text

from ..dom import Page
from ..registry import Hit, Rule
from ._helpers import ex, exposed_with_role


def _empty_headings(page: Page) -> Iterator[Hit]:
    for node in exposed_with_role(page, frozenset({"heading"})):
        if not page.name(node).strip():
            yield Hit(node)


RULES = (
    Rule(
        id="empty-heading",
        kind="html",
        severity="error",
        act=("ffd0e9",),
        wcag=("1.3.1", "2.4.6"),
        title=Text(de="Überschriften sind nicht leer", en="Headings are not empty"),
        message=Text(
            de="Die Überschrift ist leer. Screenreader kündigen eine Überschrift ohne Inhalt an.",
            en="The heading is empty. Screen readers announce a heading with no content.",
        ),
        suggestion=Text(
            de="Schreiben Sie einen Text in die Überschrift oder entfernen Sie sie.",
            en="Put text in the heading or remove it.",
        ),
        check=_empty_headings,
        bad=(ex("<h2></h2>"), ex("<h2><br></h2>"), ex('<h3><img src="linie.png" alt=""></h3>')),
        good=(ex("<h2>Handlungsfeld Bildung</h2>"), ex('<h2><img src="logo.png" alt="Bildung"></h2>')),
    ),
)
