"""Inline styles that force (!important) too little letter, word or line spacing (WCAG 1.4.12).

Users override spacing with their own style sheets; an !important in a style attribute wins over
them. Lengths in px are compared with the element's inline font size, else the 16 px default.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from bs4 import NavigableString, Tag

from checkreport import Text

from ..dom import Page, ancestor, attr
from ..registry import Hit, Rule
from ._helpers import ex

_DECLARATION = re.compile(r"([a-z-]+)\s*:\s*([^;]+)", re.I)
_LENGTH = re.compile(r"^(-?[\d.]+)\s*(em|rem|px|%)?$")
_DEFAULT_FONT_PX = 16.0
_NOT_JUDGED = {"inherit", "unset", "revert", "revert-layer"}
_ZERO = {"normal": 0.0, "initial": 0.0}


def important_value(style: str, prop: str) -> str | None:
    """The value that wins for ``prop`` in a style attribute, if it is declared !important."""
    winner: tuple[str, bool] | None = None
    for name, value in _DECLARATION.findall(style):
        if name.strip().lower() != prop:
            continue
        important = "!important" in value.lower()
        if winner is None or important or not winner[1]:
            winner = (value.lower().replace("!important", "").strip(), important)
    return winner[0] if winner and winner[1] else None


def _font_px(node: Tag) -> float:
    """Font size of the text: the smallest inline px size inside, else the closest outside."""
    inside = [
        float(m.group(1))
        for d in node.find_all(style=True)
        if (m := re.search(r"font-size\s*:\s*([\d.]+)px", attr(d, "style"), re.I))
    ]
    if inside:
        return min(inside)
    for current in (node, *node.parents):
        if not isinstance(current, Tag):
            break
        match = re.search(r"font-size\s*:\s*([\d.]+)px", attr(current, "style"), re.I)
        if match:
            return float(match.group(1))
    return _DEFAULT_FONT_PX


def _own_text(page: Page, node: Tag, prop: str) -> bool:
    """Visible text that takes the declaration (descendants declaring ``prop`` themselves don't)."""
    stack = list(node.contents)
    while stack:
        child = stack.pop()
        if isinstance(child, Tag):
            if not page.is_hidden(child) and prop not in attr(child, "style").lower():
                stack.extend(child.contents)
        elif isinstance(child, NavigableString) and type(child) is NavigableString and child.strip():
            return True
    return False


def _in_em(value: str, node: Tag, *, unitless_is_em: bool) -> float | None:
    if value in _ZERO:
        return 1.2 if unitless_is_em and value == "normal" else _ZERO[value]
    match = _LENGTH.match(value)
    if not match:
        return None
    number, unit = float(match.group(1)), match.group(2)
    if unit == "px":
        return number / _font_px(node)
    if unit == "%":
        return number / 100
    if unit is None and not unitless_is_em and number != 0:
        return None
    return number


def _too_narrow(
    prop: str, minimum: float, *, unitless_is_em: bool = False
) -> Callable[[Page], Iterator[Hit]]:
    def check(page: Page) -> Iterator[Hit]:
        for node in page.with_style:
            style = node.attrs.get("style")
            if not style or prop not in str(style).lower() or page.is_hidden(node) or ancestor(node, "svg"):
                continue
            value = important_value(str(style), prop)
            if value is None or value in _NOT_JUDGED or not _own_text(page, node, prop):
                continue
            if prop == "line-height" and any(
                "overflow" in attr(p, "style") for p in node.parents if isinstance(p, Tag)
            ):
                continue  # in a scrolling box the text need not wrap
            em = _in_em(value, node, unitless_is_em=unitless_is_em)
            if em is not None and em < minimum:
                yield Hit(node, params={"value": value})

    return check


def spacing_rule(
    rule_id: str, act: str, prop: str, minimum: float, label: Text, good: str, bad: str, **kw: bool
) -> Rule:
    return Rule(
        id=rule_id,
        kind="html",
        severity="warning",  # font sizes from style sheets are unknown here
        act=(act,),
        wcag=("1.4.12",),
        title=label,
        message=Text(
            de=f"{prop}: {{value}} !important ist zu eng und lässt sich von Nutzenden nicht mehr anpassen.",
            en=f"{prop}: {{value}} !important is too tight and can no longer be adjusted by users.",
        ),
        suggestion=Text(
            de=f"Entfernen Sie !important oder setzen Sie {prop} auf mindestens {minimum:g}em.",
            en=f"Remove !important or set {prop} to at least {minimum:g}em.",
        ),
        check=_too_narrow(prop, minimum, **kw),
        bad=(ex(f'<p style="{prop}: {bad} !important">Die Stadt fördert Sprachkurse.</p>'),),
        good=(
            ex(f'<p style="{prop}: {good} !important">Die Stadt fördert Sprachkurse.</p>'),
            ex(f'<p style="{prop}: {bad}">Die Stadt fördert Sprachkurse.</p>'),
        ),
    )
