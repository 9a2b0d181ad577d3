"""Links that open a new window without saying so."""

from __future__ import annotations

from collections.abc import Iterator

from checkreport import Text

from ..data.words import NEW_WINDOW_HINTS
from ..dom import Page, attr
from ..registry import Hit, Rule
from ._helpers import ex
from ._links import links


def _new_window(page: Page) -> Iterator[Hit]:
    for node, name in links(page):
        if attr(node, "target").strip().lower() in ("_blank", "_new"):
            said = f"{name} {attr(node, 'title')}".lower()
            if not any(hint in said for hint in NEW_WINDOW_HINTS):
                yield Hit(node, params={"text": name})


RULES = (
    Rule(
        id="link-new-window",
        kind="html",
        severity="info",  # WCAG 3.2.5 (AAA) and technique G201: advice, no blocker
        wcag=("3.2.5",),
        title=Text(de="Neues Fenster wird angekündigt", en="New windows are announced"),
        message=Text(
            de="Der Link „{text}“ öffnet ein neues Fenster, ohne es zu sagen; der Zurück-Knopf funktioniert dann nicht.",
            en="The link “{text}” opens a new window without saying so; the back button then does not work.",
        ),
        suggestion=Text(
            de="Ergänzen Sie „(öffnet in neuem Fenster)“ oder öffnen Sie den Link im selben Fenster.",
            en="Add “(opens in a new window)” or open the link in the same window.",
        ),
        check=_new_window,
        bad=(ex('<a href="https://www.bamf.de" target="_blank">BAMF</a>'),),
        good=(
            ex('<a href="https://www.bamf.de" target="_blank">BAMF (öffnet in neuem Fenster)</a>'),
            ex('<a href="https://www.bamf.de">BAMF</a>'),
        ),
    ),
)
