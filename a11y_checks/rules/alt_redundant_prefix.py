"""Alt text that starts with „Bild von …“ or “image of …”: screen readers say “image” already."""

from __future__ import annotations

from checkreport import Text

from ..data.words import ALT_REDUNDANT_PREFIXES
from ..registry import Rule
from ._helpers import ex
from ._images import IMG, alt_check

_PREFIXES = tuple(prefix for prefixes in ALT_REDUNDANT_PREFIXES.values() for prefix in prefixes)


def starts_redundantly(alt: str) -> bool:
    return alt.lower().startswith(_PREFIXES)


RULES = (
    Rule(
        id="alt-redundant-prefix",
        kind="html",
        severity="warning",
        wcag=("1.1.1",),
        practice="Editoria11y and Sa11y: alt text starting with “image of”",
        title=Text(de="Alternativtext ohne „Bild von“", en="Alt text without “image of”"),
        message=Text(
            de="Der Alternativtext „{alt}“ beginnt mit einem Wort, das der Screenreader schon selbst sagt.",
            en="The alt text “{alt}” starts with a word the screen reader already says itself.",
        ),
        suggestion=Text(
            de="Lassen Sie „Bild von“, „Foto:“ oder „Grafik:“ weg und beginnen Sie mit dem Inhalt.",
            en="Leave out “image of”, “photo:” or “graphic:” and start with the content.",
        ),
        check=alt_check(starts_redundantly),
        bad=(
            ex(IMG.format("Foto von Menschen im Sprachcafé")),
            ex(IMG.format("Picture of the fields of action"), lang="en"),
        ),
        good=(ex(IMG.format("Menschen im Sprachcafé")), ex(IMG.format("Bildungsberatung im Rathaus"))),
    ),
)
