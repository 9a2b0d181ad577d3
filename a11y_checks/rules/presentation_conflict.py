"""Elements marked decorative must stay out of the accessibility tree."""

from __future__ import annotations

from collections.abc import Iterator

from checkreport import Text

from ..dom import Page
from ..registry import Hit, Rule
from ..roles import is_decorative_marked
from ._helpers import ex


def _decorative_exposed(page: Page) -> Iterator[Hit]:
    for node in page.tagged(("img",), page.with_role):
        if page.is_excluded(node) or not is_decorative_marked(node):
            continue
        if page.role(node) not in ("none", "presentation"):
            yield Hit(node)


RULES = (
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
