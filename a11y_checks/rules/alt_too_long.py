"""Alt text too long to listen to in one go."""

from __future__ import annotations

from checkreport import Text

from ..data.words import THRESHOLDS
from ..registry import Rule
from ._helpers import ex
from ._images import IMG, alt_check

RULES = (
    Rule(
        id="alt-too-long",
        kind="html",
        severity="warning",
        wcag=("1.1.1",),
        title=Text(de="Alternativtext ist knapp", en="Alt text is brief"),
        message=Text(
            de="Der Alternativtext ist sehr lang; Screenreader lesen ihn am Stück, ohne Sprung zurück.",
            en="The alt text is very long; screen readers read it in one go, with no way to step back.",
        ),
        suggestion=Text(
            de="Kürzen Sie auf das Wesentliche; lange Erklärungen gehören in den Text oder eine Bildunterschrift.",
            en="Cut it to the essentials; put long explanations into the text or a caption.",
        ),
        check=alt_check(lambda alt: len(alt) > THRESHOLDS["alt_max_chars"]),
        bad=(ex(IMG.format("Menschen im Sprachcafé " * 8)),),
        good=(ex(IMG.format("Menschen im Sprachcafé der Stadtbibliothek")),),
    ),
)
