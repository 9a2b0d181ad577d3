"""ARIA states and properties have valid values."""

from __future__ import annotations

import re
from collections.abc import Iterator

from checkreport import Text

from ..data.aria import VALUE_TYPES
from ..dom import Page, attr
from ..registry import Hit, Rule
from ._helpers import ex

_INTEGER = re.compile(r"^-?\d+$")


_NUMBER = re.compile(r"^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$")


def valid_value(name: str, value: str) -> bool:
    kind = VALUE_TYPES.get(name)
    value = value.strip().lower()
    if kind is None:
        return True  # strings and ID references take any value
    if kind == "integer":
        return bool(_INTEGER.match(value))
    if kind == "number":
        return bool(_NUMBER.match(value))
    if isinstance(kind, str) and kind.startswith("tokens:"):
        allowed = set(kind.removeprefix("tokens:").split())
        return all(token in allowed for token in value.split())
    return value in kind


def _invalid(page: Page) -> Iterator[Hit]:
    for node in page.with_aria:
        if page.is_excluded(node):
            continue
        for name in node.attrs:
            if name in VALUE_TYPES:
                value = attr(node, name)
                if value.strip() and not valid_value(name, value):
                    yield Hit(node, params={"attribute": name, "value": value})


RULES = (
    Rule(
        id="aria-valid-attr-value",
        kind="html",
        severity="error",
        act=("6a7281",),
        wcag=("4.1.2",),
        title=Text(de="ARIA-Attribute haben gültige Werte", en="ARIA attributes have valid values"),
        message=Text(
            de='{attribute}="{value}" ist kein gültiger Wert.',
            en='{attribute}="{value}" is not a valid value.',
        ),
        suggestion=Text(
            de="Verwenden Sie einen der Werte, die WAI-ARIA für dieses Attribut festlegt (z. B. true/false).",
            en="Use one of the values WAI-ARIA defines for this attribute (e.g. true/false).",
        ),
        check=_invalid,
        bad=(
            ex('<div role="button" tabindex="0" aria-expanded="zu">Menü</div>'),
            ex('<div role="alert" aria-relevant="text always">!</div>'),
        ),
        good=(
            ex('<div role="button" tabindex="0" aria-expanded="undefined">Menü</div>'),
            ex('<h2 aria-level="2">Ziele</h2>'),
            ex('<div role="list" aria-owns="a b"></div><div id="a">1</div>'),
        ),
    ),
)
