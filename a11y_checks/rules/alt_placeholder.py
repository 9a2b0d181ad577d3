"""Alt text that is a placeholder („Bild“, “image”) or starts with „Bild von …“."""

from __future__ import annotations

from checkreport import Text

from ..data.words import ALT_PLACEHOLDERS, ALT_REDUNDANT_PREFIXES, phrases
from ..registry import Rule
from ._helpers import ex
from ._images import IMG, alt_check

_PLACEHOLDERS = phrases(ALT_PLACEHOLDERS)


_PREFIXES = tuple(prefix for prefixes in ALT_REDUNDANT_PREFIXES.values() for prefix in prefixes)


def is_placeholder(alt: str) -> bool:
    lowered = alt.lower().strip(" .:-")
    return lowered in _PLACEHOLDERS or lowered.startswith(_PREFIXES)


RULES = (
    Rule(
        id="alt-placeholder",
        kind="html",
        severity="warning",
        wcag=("1.1.1",),
        title=Text(de="Alternativtext ist kein Platzhalter", en="Alt text is not a placeholder"),
        message=Text(
            de="Der Alternativtext „{alt}“ sagt nichts über das Bild (Platzhalter oder „Bild von …“).",
            en="The alt text “{alt}” says nothing about the image (a placeholder or “image of …”).",
        ),
        suggestion=Text(
            de="Schreiben Sie, was das Bild zeigt; „Bild von“ sagt der Screenreader schon selbst.",
            en="Say what the image shows; the screen reader already says “image”.",
        ),
        check=alt_check(is_placeholder),
        bad=(
            ex(IMG.format("Bild")),
            ex(IMG.format("TBD")),
            ex(IMG.format("Foto von Menschen im Sprachcafé")),
        ),
        good=(ex(IMG.format("Menschen im Sprachcafé")), ex(IMG.format("Bildungsberatung im Rathaus"))),
    ),
)
