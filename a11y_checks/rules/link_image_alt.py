"""An image with alt text inside a link that has text too: both are read out."""

from __future__ import annotations

from collections.abc import Iterator

from checkreport import Text

from ..dom import Page, ancestor, attr
from ..registry import Hit, Rule
from ._helpers import ex
from ._images import images_with_alt


def _alt_beside_link_text(page: Page) -> Iterator[Hit]:
    reported: set[int] = set()
    for image, alt in images_with_alt(page):
        link = ancestor(image, "a")
        if (
            link is None
            or id(link) in reported
            or "href" not in link.attrs
            or attr(link, "aria-label").strip()
        ):
            continue
        if page.visible_text(link).strip():
            reported.add(id(link))
            yield Hit(image, params={"alt": alt[:80]})


RULES = (
    Rule(
        id="link-image-alt-with-text",
        kind="html",
        severity="warning",
        wcag=("1.1.1", "2.4.4"),
        title=Text(de="Bild und Text im selben Link", en="Image and text in one link"),
        message=Text(
            de="Im Link steht Text und ein Bild mit Alternativtext „{alt}“; beides wird zusammen vorgelesen.",
            en="The link has text and an image with the alt text “{alt}”; both are read out together.",
        ),
        suggestion=Text(
            de='Ergänzt das Bild den Linktext nicht, setzen Sie alt="".',
            en='If the image adds nothing to the link text, set alt="".',
        ),
        check=_alt_beside_link_text,
        bad=(ex('<a href="/sprachcafe"><img src="s.jpg" alt="Sprachcafé">Zum Sprachcafé</a>'),),
        good=(
            ex('<a href="/sprachcafe"><img src="s.jpg" alt="">Zum Sprachcafé</a>'),
            ex('<a href="/"><img src="s.jpg" alt="Start"></a>'),
        ),
    ),
)
