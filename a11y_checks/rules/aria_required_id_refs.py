"""Required ID references (aria-controls of scrollbars and open comboboxes) exist."""

from __future__ import annotations

from collections.abc import Iterator

from checkreport import Text

from ..dom import Page, attr
from ..registry import Hit, Rule
from ..roles import explicit_role
from ._helpers import ex


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
