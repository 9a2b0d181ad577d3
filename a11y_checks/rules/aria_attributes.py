"""ARIA states and properties: defined in WAI-ARIA, allowed on the role, with a valid value."""

from __future__ import annotations

import re
from collections.abc import Iterator

from checkreport import Text

from ..data.aria import KNOWN_ATTRIBUTES, SUPPORTED_BY, VALUE_TYPES
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


def _undefined(page: Page) -> Iterator[Hit]:
    for node in page.with_aria:
        for name in node.attrs:
            if name.startswith("aria-") and name not in KNOWN_ATTRIBUTES:
                yield Hit(node, params={"attribute": name})


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
        id="aria-valid-attr",
        kind="html",
        severity="error",
        act=("5f99a7",),
        wcag=("4.1.2",),
        title=Text(de="ARIA-Attribute sind definiert", en="ARIA attributes are defined"),
        message=Text(
            de="{attribute} ist kein ARIA-Attribut (Tippfehler?); es wird ignoriert.",
            en="{attribute} is not an ARIA attribute (a typo?); it is ignored.",
        ),
        suggestion=Text(
            de="Korrigieren Sie den Namen, z. B. aria-label statt aria-lable.",
            en="Correct the name, e.g. aria-label instead of aria-lable.",
        ),
        check=_undefined,
        bad=(ex('<a href="/suche" aria-lable="Suche">🔍</a>'),),
        good=(
            ex('<a href="/suche" aria-label="Suche">🔍</a>'),
            ex('<div role="dialog" aria-modal="true">Hinweis</div>'),
        ),
    ),
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
