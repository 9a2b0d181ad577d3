"""Role attributes: a valid value, and the states and ID references the role requires."""

from __future__ import annotations

from collections.abc import Iterator

from checkreport import Text

from ..data.aria import REQUIRED_ATTRIBUTES
from ..dom import Page, attr
from ..registry import Hit, Rule
from ..roles import explicit_role, implicit_role, is_focusable
from ._helpers import ex

# Native state that stands in for a required ARIA state.
_NATIVE_STATE = {
    ("input", "aria-checked"): {"checkbox", "radio"},
    ("input", "aria-valuenow"): {"range", "number"},
}


def _invalid_roles(page: Page) -> Iterator[Hit]:
    for node in page.with_role:
        value = attr(node, "role").strip()
        if value and not page.is_excluded(node) and explicit_role(node) is None:
            yield Hit(node, params={"value": value})


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


def _required_ids(node_role: str, node) -> list[str]:
    if node_role == "scrollbar":
        return ["aria-controls"]
    if node_role == "combobox" and attr(node, "aria-expanded").strip().lower() == "true":
        return ["aria-controls"]
    return []


def _broken_references(page: Page) -> Iterator[Hit]:
    for node in page.with_role:
        role = explicit_role(node)
        if role is None or page.is_excluded(node):
            continue
        for name in _required_ids(role, node):
            ids = attr(node, name).split()
            if ids and not any(i in page.ids for i in ids):
                yield Hit(node, params={"attribute": name, "ids": " ".join(ids)})


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
    Rule(
        id="aria-required-id-refs",
        kind="html",
        severity="error",
        act=("in6db8",),
        wcag=("1.3.1",),
        title=Text(de="Pflicht-Verweise zeigen auf vorhandene IDs", en="Required ID references exist"),
        message=Text(
            de='{attribute}="{ids}" verweist auf keine vorhandene ID.',
            en='{attribute}="{ids}" refers to no existing id.',
        ),
        suggestion=Text(
            de="Setzen Sie die ID des gesteuerten Elements ein.", en="Use the id of the controlled element."
        ),
        check=_broken_references,
        bad=(
            ex('<label>Stadtteil <input role="combobox" aria-expanded="true" aria-controls="liste"></label>'),
        ),
        good=(
            ex(
                '<label>Stadtteil <input role="combobox" aria-expanded="true" aria-controls="liste"></label>'
                '<ul role="listbox" id="liste"><li role="option">Pieschen</li></ul>'
            ),
        ),
    ),
)
