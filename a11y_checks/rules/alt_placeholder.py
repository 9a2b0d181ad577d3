"""Alt text that is a placeholder („Bild“, “image”, “TBD”) and says nothing about the image."""

from __future__ import annotations

import re

from checkreport import Text

from ..data.words import ALT_PLACEHOLDERS, phrases
from ..registry import Rule
from ._helpers import ex
from ._images import IMG, alt_check

_PLACEHOLDERS = phrases(ALT_PLACEHOLDERS)


# "Ein Foto", "Bild 2", "the image 3": an article before and a number after say nothing more.
_ARTICLE_OR_NUMBER = re.compile(r"^(?:ein|eine|das|der|die|the|an?)\s+|[\s_#-]*\d+$")


def is_placeholder(alt: str) -> bool:
    text = alt.lower().strip(" .:-")
    return text in _PLACEHOLDERS or _ARTICLE_OR_NUMBER.sub("", text).strip(" .:-") in _PLACEHOLDERS


RULES = (
    Rule(
        id="alt-placeholder",
        kind="html",
        severity="warning",
        wcag=("1.1.1",),
        title=Text(de="Alternativtext ist kein Platzhalter", en="Alt text is not a placeholder"),
        message=Text(
            de="Der Alternativtext „{alt}“ ist ein Platzhalter und sagt nichts über das Bild.",
            en="The alt text “{alt}” is a placeholder and says nothing about the image.",
        ),
        suggestion=Text(
            de="Schreiben Sie, was das Bild zeigt und wofür es hier steht.",
            en="Say what the image shows and what it stands for here.",
        ),
        check=alt_check(is_placeholder),
        bad=(
            ex(IMG.format("Bild")),
            ex(IMG.format("TBD")),
            ex(IMG.format("image")),
            ex(IMG.format("Bild 2")),
            ex(IMG.format("Ein Foto")),
            ex(IMG.format("photo_3")),
        ),
        good=(
            ex(IMG.format("Menschen im Sprachcafé")),
            ex(IMG.format("Bildungsberatung im Rathaus")),
            ex(IMG.format("Das Bild der Handlungsfelder")),
        ),
    ),
)
