"""Images need a text alternative (or must be marked decorative)."""

from __future__ import annotations

from collections.abc import Iterator

from checkreport import Text

from ..dom import Page
from ..registry import Hit, Rule
from ._helpers import ex, exposed_with_role


def _unnamed_images(page: Page) -> Iterator[Hit]:
    for node in exposed_with_role(page, frozenset({"img"})):
        if node.name == "svg":  # SVG has its own rule (7d6734)
            continue
        if not page.name(node).strip():
            yield Hit(node)


RULES = (
    Rule(
        id="image-alt",
        kind="html",
        severity="error",
        act=("23a2a8",),
        wcag=("1.1.1",),
        title=Text(de="Bilder haben einen Alternativtext", en="Images have a text alternative"),
        message=Text(
            de="Das Bild hat keinen Alternativtext. Screenreader lesen sonst den Dateinamen oder nichts vor.",
            en="The image has no text alternative. Screen readers read out the file name or nothing.",
        ),
        suggestion=Text(
            de='Beschreiben Sie im alt-Attribut, was das Bild zeigt; schmückende Bilder erhalten alt="".',
            en='Describe in the alt attribute what the image shows; give decorative images alt="".',
        ),
        check=_unnamed_images,
        bad=(
            ex('<p><img src="/media/rathaus.jpg"></p>'),
            ex('<div role="img" style="background-image:url(karte.png)"></div>'),
            ex('<img src="logo.png" role="none" tabindex="0">'),
        ),
        good=(
            ex('<img src="/media/rathaus.jpg" alt="Das Neue Rathaus in Dresden">'),
            ex('<img src="linie.png" alt="">'),
            ex('<img src="logo.png" title="Stadt Dresden">'),
            ex('<div style="display:none"><img src="x.png"></div>'),
            ex('<div role="img" aria-label="Stadtplan der Ortsämter"></div>'),
        ),
    ),
)
