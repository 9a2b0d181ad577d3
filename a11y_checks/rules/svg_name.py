"""SVG graphics given a role need an accessible name."""

from __future__ import annotations

from collections.abc import Iterator

from checkreport import Text

from ..dom import Page
from ..registry import Hit, Rule
from ..roles import explicit_role
from ._helpers import ex

_NAMED_GRAPHICS = frozenset({"img", "graphics-document", "graphics-symbol"})


def _unnamed_svg(page: Page) -> Iterator[Hit]:
    for svg in page.by_tag.get("svg", ()):
        for node in (svg, *svg.find_all(True)):
            if (
                explicit_role(node) in _NAMED_GRAPHICS
                and not page.is_excluded(node)
                and not page.name(node).strip()
            ):
                yield Hit(node)


RULES = (
    Rule(
        id="svg-img-alt",
        kind="html",
        severity="error",
        act=("7d6734",),
        wcag=("1.1.1",),
        title=Text(de="SVG-Grafiken mit Rolle haben einen Namen", en="SVG graphics with a role have a name"),
        message=Text(
            de="Die SVG-Grafik hat eine Bild-Rolle, aber keinen Namen.",
            en="The SVG graphic has an image role but no accessible name.",
        ),
        suggestion=Text(
            de="Geben Sie der Grafik ein <title>-Kindelement oder ein aria-label.",
            en="Give the graphic a <title> child element or an aria-label.",
        ),
        check=_unnamed_svg,
        bad=(
            ex('<svg role="img"><title></title><circle r="4"></circle></svg>'),
            ex('<svg><circle role="graphics-symbol" r="4"></circle></svg>'),
        ),
        good=(
            ex('<svg role="img"><title>Drei Kreise</title><circle r="4"></circle></svg>'),
            ex('<svg role="img" aria-label="Logo"></svg>'),
            ex('<svg><circle r="4"></circle></svg>'),
        ),
    ),
)
