"""Role attributes contain a valid WAI-ARIA role."""

from __future__ import annotations

from collections.abc import Iterator

from checkreport import Text

from ..dom import Page, attr
from ..registry import Hit, Rule
from ..roles import explicit_role
from ._helpers import ex


def _invalid_roles(page: Page) -> Iterator[Hit]:
    for node in page.with_role:
        value = attr(node, "role").strip()
        if value and not page.is_excluded(node) and explicit_role(node) is None:
            yield Hit(node, params={"value": value})


RULES = (
    Rule(
        id="aria-roles",
        kind="html",
        severity="error",
        act=("674b10",),
        wcag=("4.1.2",),
        title=Text(de="Rollen sind gültig", en="Roles are valid"),
        message=Text(
            de='role="{value}" enthält keine gültige WAI-ARIA-Rolle.',
            en='role="{value}" contains no valid WAI-ARIA role.',
        ),
        suggestion=Text(
            de="Prüfen Sie die Schreibweise der Rolle oder entfernen Sie das Attribut.",
            en="Check the spelling of the role or remove the attribute.",
        ),
        check=_invalid_roles,
        bad=(ex('<span role="lnik" tabindex="0">Weiter</span>'),),
        good=(
            ex('<input type="text" role="searchfield searchbox" aria-label="Suche">'),
            ex('<div role="navigation">x</div>'),
        ),
    ),
)
