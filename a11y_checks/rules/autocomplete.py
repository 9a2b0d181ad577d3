"""Autocomplete values must be valid autofill tokens, so browsers and tools can fill them in."""

from __future__ import annotations

from collections.abc import Iterator

from checkreport import Text

from ..data.autocomplete import ADDRESS_TYPES, CONTACT_FIELD_NAMES, CONTACT_TYPES, FIELD_NAMES
from ..dom import Page, attr
from ..registry import Hit, Rule
from ._helpers import ex


def valid_autocomplete(value: str) -> bool:
    tokens = value.strip().lower().split()
    if tokens and tokens[-1] == "webauthn":
        tokens = tokens[:-1]
    if tokens and tokens[0].startswith("section-"):
        tokens = tokens[1:]
    if tokens and tokens[0] in ADDRESS_TYPES:
        tokens = tokens[1:]
    if len(tokens) == 2 and tokens[0] in CONTACT_TYPES:
        return tokens[1] in CONTACT_FIELD_NAMES
    return len(tokens) == 1 and (tokens[0] in FIELD_NAMES or tokens[0] in CONTACT_FIELD_NAMES)


def _invalid(page: Page) -> Iterator[Hit]:
    for name in ("input", "select", "textarea"):
        for node in page.by_tag.get(name, ()):
            value = attr(node, "autocomplete").strip()
            if not value or value.lower() in ("on", "off") or "disabled" in node.attrs:
                continue
            if attr(node, "aria-disabled").strip().lower() == "true" or page.is_hidden(node):
                continue
            if attr(node, "type").strip().lower() in ("hidden", "button", "submit", "reset", "image"):
                continue
            if not valid_autocomplete(value):
                yield Hit(node, params={"value": value})


RULES = (
    Rule(
        id="autocomplete-valid",
        kind="html",
        severity="error",
        act=("73f2c2",),
        wcag=("1.3.5",),
        title=Text(de="autocomplete-Werte sind gültig", en="Autocomplete values are valid"),
        message=Text(
            de='autocomplete="{value}" ist kein gültiger Wert; Browser können das Feld nicht automatisch ausfüllen.',
            en='autocomplete="{value}" is not a valid value; browsers cannot fill in the field.',
        ),
        suggestion=Text(
            de="Verwenden Sie einen Wert aus dem HTML-Standard, z. B. name, email, street-address, postal-code.",
            en="Use a value from the HTML standard, e.g. name, email, street-address, postal-code.",
        ),
        check=_invalid,
        bad=(
            ex('<label>E-Mail <input autocomplete="work,email"></label>'),
            ex('<label>Foto <input autocomplete="work photo"></label>'),
        ),
        good=(
            ex('<label>E-Mail <input type="email" autocomplete="work email"></label>'),
            ex('<label>Straße <textarea autocomplete="Street-Address"></textarea></label>'),
            ex('<label>Vorname <input autocomplete="off"></label>'),
        ),
    ),
)
