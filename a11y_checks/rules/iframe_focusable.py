"""Iframes taken out of the tab order while their content has links or fields."""

from __future__ import annotations

from collections.abc import Iterator

from checkreport import Text

from ..dom import Page, attr
from ..registry import Hit, Rule
from ._helpers import ex


def _focusable_frame_removed(page: Page) -> Iterator[Hit]:
    """An iframe taken out of the tab order whose own document (srcdoc) has focusable content."""
    from ..dom import Page as Document
    from ..roles import is_tabbable

    for node in page.by_tag.get("iframe", ()):
        if page.is_excluded(node) or not attr(node, "tabindex").strip().startswith("-"):
            continue
        if any(attr(node, side).strip() in ("0", "1") for side in ("width", "height")):
            continue  # a frame of one pixel is not seen; nobody expects to reach into it
        srcdoc = attr(node, "srcdoc")
        if srcdoc and len(srcdoc) < 200_000:
            inner = Document(srcdoc, fragment=False)
            if any(is_tabbable(inner, element) for element in inner.elements):
                yield Hit(node)


RULES = (
    Rule(
        id="frame-focusable-content",
        kind="html",
        severity="error",
        act=("akn7bn",),
        wcag=("2.1.1",),
        title=Text(
            de="Iframes mit Bedienelementen bleiben erreichbar",
            en="Iframes with controls stay in the tab order",
        ),
        message=Text(
            de='Das iframe hat tabindex="-1", enthält aber Links oder Felder: per Tastatur sind sie nicht erreichbar.',
            en='The iframe has tabindex="-1" but contains links or fields: keyboard users cannot reach them.',
        ),
        suggestion=Text(
            de='Entfernen Sie tabindex="-1" vom iframe.', en='Remove tabindex="-1" from the iframe.'
        ),
        check=_focusable_frame_removed,
        bad=(ex('<iframe title="Karte" tabindex="-1" srcdoc="<a href=\'/\'>Start</a>"></iframe>'),),
        good=(
            ex('<iframe title="Karte" srcdoc="<a href=\'/\'>Start</a>"></iframe>'),
            ex('<iframe title="Zähler" tabindex="-1" srcdoc="<p>42</p>"></iframe>'),
        ),
    ),
)
