"""Roles have the states and properties they require."""

from __future__ import annotations

from collections.abc import Iterator

from checkreport import Text

from ..data.aria import REQUIRED_ATTRIBUTES
from ..dom import Page, attr
from ..registry import Hit, Rule
from ..roles import explicit_role, implicit_role, is_focusable
from ._helpers import ex

_NATIVE_STATE = {
    ("input", "aria-checked"): {"checkbox", "radio"},
    ("input", "aria-valuenow"): {"range", "number"},
}


def _missing_states(page: Page) -> Iterator[Hit]:
    for node in page.with_role:
        role = explicit_role(node)
        required = REQUIRED_ATTRIBUTES.get(role or "")
        if not required or page.is_excluded(node) or implicit_role(page, node) == role:
            continue
        kind = attr(node, "type").strip().lower()
        missing = [
            name
            for name in required
            if name not in node.attrs and kind not in _NATIVE_STATE.get((node.name, name), ())
        ]
        if missing:
            yield Hit(node, params={"role": role, "attributes": ", ".join(missing)})
    for node in page.with_role:  # a focusable separator is a widget and needs its value
        if (
            explicit_role(node) == "separator"
            and is_focusable(page, node)
            and "aria-valuenow" not in node.attrs
        ):
            if not page.is_excluded(node):
                yield Hit(node, params={"role": "separator", "attributes": "aria-valuenow"})


RULES = (
    Rule(
        id="aria-required-attr",
        kind="html",
        severity="error",
        act=("4e8ab6",),
        wcag=("4.1.2",),
        title=Text(de="Rollen haben ihre Pflicht-Zustände", en="Roles have their required states"),
        message=Text(
            de="Die Rolle „{role}“ braucht {attributes}; ohne sie fehlt Screenreadern der Zustand.",
            en="The role “{role}” needs {attributes}; without it screen readers miss the state.",
        ),
        suggestion=Text(
            de="Ergänzen Sie das Attribut oder verwenden Sie das passende HTML-Element.",
            en="Add the attribute or use the matching HTML element.",
        ),
        check=_missing_states,
        bad=(
            ex('<div role="switch" tabindex="0">Benachrichtigungen</div>'),
            ex('<div role="separator" tabindex="0"></div>'),
        ),
        good=(
            ex('<div role="switch" tabindex="0" aria-checked="false">Benachrichtigungen</div>'),
            ex('<input type="checkbox" role="switch" aria-label="Benachrichtigungen">'),
            ex('<div role="heading" aria-level="2">Ziele</div>'),
        ),
    ),
)
