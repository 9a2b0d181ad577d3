"""Images marked decorative: a reminder to confirm they carry no information."""

from __future__ import annotations

from collections.abc import Iterator

from checkreport import Text

from ..dom import Page, ancestor, attr
from ..registry import Hit, Rule
from ._helpers import ex
from ._images import IMG


def _decorative_images(page: Page) -> Iterator[Hit]:
    for node in page.by_tag.get("img", ()):
        if "alt" in node.attrs and not attr(node, "alt").strip() and page.role(node) == "none":
            if not page.is_excluded(node) and ancestor(node, "a") is None:
                yield Hit(node)


RULES = (
    Rule(
        id="alt-decorative-review",
        kind="html",
        severity="info",
        wcag=("1.1.1",),
        title=Text(de="Schmückende Bilder bestätigen", en="Confirm decorative images"),
        message=Text(
            de='Das Bild ist mit alt="" als schmückend markiert und wird nicht vorgelesen.',
            en='The image is marked decorative with alt="" and is not read out.',
        ),
        suggestion=Text(
            de="Prüfen Sie, dass das Bild keine Information trägt; sonst beschreiben Sie es.",
            en="Check that the image carries no information; otherwise describe it.",
        ),
        check=_decorative_images,
        bad=(ex('<img src="/media/ornament.png" alt="">'),),
        good=(ex(IMG.format("Menschen im Sprachcafé")), ex('<a href="/"><img src="x.png" alt="">Start</a>')),
    ),
)
