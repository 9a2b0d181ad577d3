"""Content hidden with aria-hidden must not be reachable by keyboard."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bs4 import Tag

from checkreport import Text

from ..dom import Page, attr
from ..registry import Hit, Rule
from ..roles import is_tabbable
from ._helpers import ex


def _focus_redirected(page: Page, node: Tag) -> bool:
    """A focus handler may move focus away; markup alone cannot tell, so do not judge."""
    if "onfocus" in node.attrs or "onfocusin" in node.attrs:
        return True
    element_id = attr(node, "id")
    if not element_id:
        return False
    pattern = re.compile(re.escape(element_id) + r"[\s\S]{0,200}focus")
    return any(pattern.search(script.get_text()) for script in page.by_tag.get("script", ()))


def _focusable_in_aria_hidden(page: Page) -> Iterator[Hit]:
    if not page.has_aria_hidden:
        return
    for node in page.elements:
        if not page.is_aria_hidden(node) or page.is_hidden(node):
            continue
        if is_tabbable(page, node) and not _focus_redirected(page, node):
            yield Hit(node)


RULES = (
    Rule(
        id="aria-hidden-focus",
        kind="html",
        severity="error",
        act=("6cfa84",),
        wcag=("1.3.1", "4.1.2"),
        title=Text(de="Versteckte Inhalte sind nicht fokussierbar", en="Hidden content is not focusable"),
        message=Text(
            de="Das Element ist mit aria-hidden versteckt, aber per Tastatur erreichbar: Screenreader-Nutzende landen im Leeren.",
            en="The element is hidden with aria-hidden but reachable by keyboard: screen reader users land on nothing.",
        ),
        suggestion=Text(
            de='Entfernen Sie aria-hidden oder nehmen Sie das Element mit tabindex="-1" bzw. disabled aus der Tab-Reihenfolge.',
            en='Remove aria-hidden, or take the element out of the tab order with tabindex="-1" or disabled.',
        ),
        check=_focusable_in_aria_hidden,
        bad=(
            ex('<div aria-hidden="true"><a href="/">Start</a></div>'),
            ex('<button aria-hidden="true">Menü</button>'),
        ),
        good=(
            ex('<div aria-hidden="true"><a href="/" tabindex="-1">Start</a></div>'),
            ex('<input disabled aria-hidden="true">'),
            ex('<div aria-hidden="true"><a href="/" style="display:none">Start</a></div>'),
        ),
    ),
)
