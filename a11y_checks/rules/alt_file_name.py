"""Alt text that is a file name or a web address (after Editoria11y and Sa11y)."""

from __future__ import annotations

import re

from checkreport import Text

from ..data.words import IMAGE_EXTENSIONS
from ..registry import Rule
from ._helpers import ex
from ._images import IMG, alt_check

_FILE_NAME = re.compile(
    r"(^(https?:|www\.|/|\.\./)|\.("
    + "|".join(IMAGE_EXTENSIONS)
    + r")$|^(img|dsc|dscn|pxl|dji|screenshot)[_ -]?\d+)",
    re.I,
)


RULES = (
    Rule(
        id="alt-file-name",
        kind="html",
        severity="warning",
        wcag=("1.1.1",),
        title=Text(de="Alternativtext ist kein Dateiname", en="Alt text is not a file name"),
        message=Text(
            de="Der Alternativtext „{alt}“ ist ein Dateiname oder eine Adresse, keine Beschreibung.",
            en="The alt text “{alt}” is a file name or an address, not a description.",
        ),
        suggestion=Text(
            de="Beschreiben Sie, was auf dem Bild zu sehen ist und wofür es steht.",
            en="Describe what the image shows and what it stands for.",
        ),
        check=alt_check(lambda alt: bool(_FILE_NAME.search(alt))),
        bad=(
            ex(IMG.format("IMG_2041.jpg")),
            ex(IMG.format("sprachcafe.jpg")),
            ex(IMG.format("https://dresden.de/bild.png")),
        ),
        good=(
            ex(IMG.format("Menschen sprechen im Sprachcafé der Stadtbibliothek")),
            ex(IMG.format("Logo der Stadt Dresden")),
        ),
    ),
)
