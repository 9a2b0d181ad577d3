"""Hidden, decorative and presentational content must not be focusable or exposed."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bs4 import Tag

from checkreport import Text

from ..data.aria import PRESENTATIONAL_CHILDREN
from ..dom import Page, attr
from ..registry import Hit, Rule
from ..roles import is_decorative_marked, is_focusable, is_tabbable
from ._helpers import ex, exposed_with_role


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


def _focusable_in_presentational(page: Page) -> Iterator[Hit]:
    for node in exposed_with_role(page, PRESENTATIONAL_CHILDREN):
        for inner in node.descendants:
            if isinstance(inner, Tag) and is_focusable(page, inner):
                yield Hit(inner, params={"role": page.role(node)})
                break


def _decorative_exposed(page: Page) -> Iterator[Hit]:
    for node in page.tagged(("img",), page.with_role):
        if page.is_excluded(node) or not is_decorative_marked(node):
            continue
        if page.role(node) not in ("none", "presentation"):
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
    Rule(
        id="nested-interactive",
        kind="html",
        severity="error",
        act=("307n5z",),
        wcag=("1.3.1", "4.1.2"),
        title=Text(
            de="Keine fokussierbaren Elemente in Schaltflächen und Ähnlichem",
            en="No focusable content inside buttons and similar",
        ),
        message=Text(
            de="Ein fokussierbares Element steckt in einem Element mit der Rolle „{role}“; Screenreader sagen es nicht an.",
            en="A focusable element sits inside an element with the role “{role}”; screen readers do not announce it.",
        ),
        suggestion=Text(
            de="Stellen Sie Link oder Feld neben das Element statt hinein.",
            en="Place the link or field next to the element instead of inside it.",
        ),
        check=_focusable_in_presentational,
        bad=(
            ex(
                '<p role="checkbox" aria-checked="false" tabindex="0">Ich stimme den <a href="/agb">AGB</a> zu</p>'
            ),
        ),
        good=(
            ex(
                '<span role="checkbox" aria-checked="false" tabindex="0">Ich stimme zu</span> <a href="/agb">AGB</a>'
            ),
            ex("<button>Speichern</button>"),
        ),
    ),
    Rule(
        id="presentation-role-conflict",
        kind="html",
        severity="warning",
        act=("46ca7f",),
        wcag=("1.3.1",),
        title=Text(
            de="Als schmückend markierte Elemente bleiben verborgen",
            en="Elements marked decorative stay hidden",
        ),
        message=Text(
            de="Das Element ist als schmückend markiert, wird durch ARIA-Attribute oder Fokussierbarkeit aber doch vorgelesen.",
            en="The element is marked decorative but is still exposed because of ARIA attributes or focusability.",
        ),
        suggestion=Text(
            de="Entfernen Sie aria-label bzw. tabindex, oder entfernen Sie die Markierung als schmückend.",
            en="Remove aria-label or tabindex, or drop the decorative marking.",
        ),
        check=_decorative_exposed,
        bad=(
            ex('<nav role="presentation" aria-label="Hauptmenü"><a href="/">Start</a></nav>'),
            ex('<img src="x.png" alt="" aria-label="Logo">'),
        ),
        good=(ex('<img src="linie.png" alt="">'), ex('<img src="logo.png" role="presentation" alt="Logo">')),
    ),
)
