"""Generic link text such as „hier“, „mehr“ or “read more” (after Editoria11y and Sa11y)."""

from __future__ import annotations

from collections.abc import Iterator

from checkreport import Text

from ..dom import Page
from ..registry import Hit, Rule
from ._helpers import ex
from ._links import GENERIC, bare, links


def _generic(page: Page) -> Iterator[Hit]:
    for node, name in links(page):
        if bare(name) in GENERIC:
            yield Hit(node, params={"text": name})


RULES = (
    Rule(
        id="link-generic-text",
        kind="html",
        severity="warning",
        wcag=("2.4.4",),
        title=Text(de="Linktext sagt, wohin er führt", en="Link text says where it goes"),
        message=Text(
            de="„{text}“ sagt nicht, wohin der Link führt; in einer Linkliste steht er ohne Zusammenhang.",
            en="“{text}” does not say where the link goes; in a list of links it stands without context.",
        ),
        suggestion=Text(
            de="Verlinken Sie die Wörter, die das Ziel nennen, z. B. „Anmeldung zum Sprachkurs“.",
            en="Link the words that name the target, e.g. “Register for the language course”.",
        ),
        check=_generic,
        bad=(
            ex('<p>Zur Anmeldung geht es <a href="/anmeldung">hier</a>.</p>'),
            ex('<a href="/x">Read more …</a>'),
            ex('<a href="/x"><img src="k.png" alt="click here"></a>'),
        ),
        good=(
            ex('<a href="/anmeldung">Anmeldung zum Sprachkurs</a>'),
            ex('<a href="/x" aria-label="Mehr über das Sprachcafé">mehr über das Sprachcafé</a>'),
        ),
    ),
)
