"""Menu items need an accessible name."""

from __future__ import annotations

from checkreport import Text

from ..registry import Rule
from ._helpers import NAME_IT, ex, unnamed

RULES = (
    Rule(
        id="menuitem-name",
        kind="html",
        severity="error",
        act=("m6b1q3",),
        wcag=("4.1.2",),
        title=Text(de="Menüpunkte haben einen Namen", en="Menu items have an accessible name"),
        message=Text(de="Der Menüpunkt hat keinen Namen.", en="The menu item has no accessible name."),
        suggestion=NAME_IT,
        check=unnamed(frozenset({"menuitem"}), lambda node: True),
        bad=(ex('<div role="menu"><button role="menuitem"><img src="neu.svg" alt=""></button></div>'),),
        good=(ex('<div role="menu"><button role="menuitem">Neue Datei</button></div>'),),
    ),
)
