"""ARIA states and properties are allowed on the element's role."""

from __future__ import annotations

from collections.abc import Iterator

from checkreport import Text

from ..data.aria import SUPPORTED_BY
from ..dom import Page
from ..registry import Hit, Rule
from ._helpers import ex


def _not_allowed(page: Page) -> Iterator[Hit]:
    for node in page.with_aria:
        if page.is_excluded(node):
            continue
        role = page.role(node)
        if role is None:
            continue  # no role known from markup (e.g. input type=date): do not guess
        for name in node.attrs:
            supported = SUPPORTED_BY.get(name)
            if supported is not None and role not in supported:
                yield Hit(node, params={"attribute": name, "role": role})


RULES = (
    Rule(
        id="aria-allowed-attr",
        kind="html",
        severity="error",
        act=("5c01ea",),
        wcag=("4.1.2",),
        title=Text(de="ARIA-Attribute passen zur Rolle", en="ARIA attributes fit the role"),
        message=Text(
            de="{attribute} ist für die Rolle „{role}“ nicht erlaubt und wird falsch oder gar nicht angesagt.",
            en="{attribute} is not allowed on the role “{role}” and is announced wrongly or not at all.",
        ),
        suggestion=Text(
            de="Entfernen Sie das Attribut oder geben Sie dem Element die passende Rolle.",
            en="Remove the attribute or give the element the matching role.",
        ),
        check=_not_allowed,
        bad=(ex('<button aria-sort="ascending">Jahr</button>'), ex('<p aria-checked="true">Erledigt</p>')),
        good=(
            ex('<div role="button" tabindex="0" aria-pressed="false">Fett</div>'),
            ex('<label>Passwort <input type="password" aria-required="true"></label>'),
            ex('<div aria-busy="true">Wird geladen</div>'),
            ex('<input type="date" aria-required="true" aria-label="Datum">'),
        ),
    ),
)
