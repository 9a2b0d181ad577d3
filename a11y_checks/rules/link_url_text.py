"""A long web address used as link text."""

from __future__ import annotations

import re
from collections.abc import Iterator

from checkreport import Text

from ..dom import Page
from ..registry import Hit, Rule
from ._helpers import ex
from ._links import links

_URL = re.compile(r"^(https?://|www\.)\S+$", re.I)


_BARE_DOMAIN = re.compile(r"^(https?://)?(www\.)?[\w.-]+\.[a-z]{2,}/?$", re.I)


def _url_text(page: Page) -> Iterator[Hit]:
    for node, name in links(page):
        text = name.strip()
        if _URL.match(text) and not _BARE_DOMAIN.match(text):
            yield Hit(node, params={"text": text[:60]})


RULES = (
    Rule(
        id="link-url-text",
        kind="html",
        severity="warning",
        wcag=("2.4.4",),
        title=Text(de="Keine Internetadresse als Linktext", en="No web address as link text"),
        message=Text(
            de="Der Linktext ist eine lange Internetadresse ({text}); Screenreader buchstabieren sie.",
            en="The link text is a long web address ({text}); screen readers spell it out.",
        ),
        suggestion=Text(
            de="Nennen Sie stattdessen das Ziel in Worten, z. B. „Integrationskonzept der Stadt (PDF, 2 MB)“.",
            en="Name the target in words instead, e.g. “The city's integration concept (PDF, 2 MB)”.",
        ),
        check=_url_text,
        bad=(
            ex(
                '<a href="https://www.dresden.de/de/leben/gesellschaft/migration.php">https://www.dresden.de/de/leben/gesellschaft/migration.php</a>'
            ),
        ),
        good=(
            ex('<a href="https://www.dresden.de">www.dresden.de</a>'),
            ex('<a href="https://www.dresden.de/migration">Migration in Dresden</a>'),
        ),
    ),
)
