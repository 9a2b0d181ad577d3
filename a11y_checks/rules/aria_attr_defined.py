"""aria-* attributes are defined in WAI-ARIA."""

from __future__ import annotations

from collections.abc import Iterator

from checkreport import Text

from ..data.aria import KNOWN_ATTRIBUTES
from ..dom import Page
from ..registry import Hit, Rule
from ._helpers import ex


def _undefined(page: Page) -> Iterator[Hit]:
    for node in page.with_aria:
        for name in node.attrs:
            if name.startswith("aria-") and name not in KNOWN_ATTRIBUTES:
                yield Hit(node, params={"attribute": name})


RULES = (
    Rule(
        id="aria-valid-attr",
        kind="html",
        severity="error",
        act=("5f99a7",),
        wcag=("4.1.2",),
        title=Text(de="ARIA-Attribute sind definiert", en="ARIA attributes are defined"),
        message=Text(
            de="{attribute} ist kein ARIA-Attribut (Tippfehler?); es wird ignoriert.",
            en="{attribute} is not an ARIA attribute (a typo?); it is ignored.",
        ),
        suggestion=Text(
            de="Korrigieren Sie den Namen, z. B. aria-label statt aria-lable.",
            en="Correct the name, e.g. aria-label instead of aria-lable.",
        ),
        check=_undefined,
        bad=(ex('<a href="/suche" aria-lable="Suche">🔍</a>'),),
        good=(
            ex('<a href="/suche" aria-label="Suche">🔍</a>'),
            ex('<div role="dialog" aria-modal="true">Hinweis</div>'),
        ),
    ),
)
