"""No focusable content inside elements whose children are presentational (buttons, checkboxes, …)."""

from __future__ import annotations

from collections.abc import Iterator

from bs4 import Tag

from checkreport import Text

from ..data.aria import PRESENTATIONAL_CHILDREN
from ..dom import Page
from ..registry import Hit, Rule
from ..roles import is_focusable
from ._helpers import ex, exposed_with_role


def _focusable_in_presentational(page: Page) -> Iterator[Hit]:
    for node in exposed_with_role(page, PRESENTATIONAL_CHILDREN):
        for inner in node.descendants:
            if isinstance(inner, Tag) and is_focusable(page, inner):
                yield Hit(inner, params={"role": page.role(node)})
                break


RULES = (
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
)
