"""Links need an accessible name."""

from __future__ import annotations

from collections.abc import Iterator

from checkreport import Text

from ..dom import Page
from ..registry import Hit, Rule
from ._helpers import LINK_ROLES, ex, exposed_with_role


def _unnamed_links(page: Page) -> Iterator[Hit]:
    for node in exposed_with_role(page, LINK_ROLES):
        if not page.name(node).strip():
            yield Hit(node)


RULES = (
    Rule(
        id="link-name",
        kind="html",
        severity="error",
        act=("c487ae",),
        wcag=("2.4.4", "4.1.2"),
        title=Text(de="Links haben einen zugänglichen Namen", en="Links have an accessible name"),
        message=Text(
            de="Der Link hat keinen Text. Screenreader können sein Ziel nicht nennen.",
            en="The link has no text. Screen readers cannot announce where it goes.",
        ),
        suggestion=Text(
            de="Geben Sie dem Link einen sichtbaren Text oder dem verlinkten Bild einen Alternativtext.",
            en="Give the link visible text, or give the linked image a text alternative.",
        ),
        check=_unnamed_links,
        bad=(
            ex('<a href="/aktionsplan"></a>'),
            ex('<a href="/aktionsplan"><img src="pfeil.png" alt=""></a>'),
            ex(
                '<img src="karte.png" alt="Karte" usemap="#m"><map name="m"><area href="/nord" coords="0,0,9,9"></map>'
            ),
        ),
        good=(
            ex('<a href="/aktionsplan">Aktionsplan Integration</a>'),
            ex('<a href="/"><img src="logo.png" alt="Startseite"></a>'),
            ex('<a href="/kontakt" aria-label="Kontakt zum Integrationsbüro"></a>'),
            ex('<a href="/" aria-hidden="true" tabindex="-1"></a>'),
            ex("<a>Kein Link, nur ein Anker</a>"),
        ),
    ),
)
