"""Underlined text that is no link: readers take it for one and try to click it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from checkreport import Text

from ..dom import Page, ancestor, attr
from ..registry import Hit, Rule
from ._helpers import ex

_UNDERLINE = re.compile(r"text-decoration(?:-line)?\s*:[^;]*underline", re.I)


def _underlined(page: Page) -> Iterator[Hit]:
    candidates = page.tagged(
        ("u",), (node for node in page.with_style if _UNDERLINE.search(attr(node, "style")))
    )
    for node in candidates:
        if node.name == "a" or ancestor(node, "a") is not None or page.is_hidden(node):
            continue
        if page.visible_text(node).strip():
            yield Hit(node, params={"text": page.text(node)[:60]})


RULES = (
    Rule(
        id="underlined-text",
        kind="html",
        severity="warning",
        wcag=("1.3.1",),
        practice="Editoria11y and Sa11y: underlined text that is not a link",
        title=Text(de="Unterstreichung nur für Links", en="Underline only for links"),
        message=Text(
            de="„{text}“ ist unterstrichen, aber kein Link; viele halten es für einen.",
            en="“{text}” is underlined but is not a link; many readers take it for one.",
        ),
        suggestion=Text(
            de="Heben Sie Wörter mit Fettdruck hervor statt mit Unterstreichung.",
            en="Emphasise words with bold text instead of underlining.",
        ),
        check=_underlined,
        bad=(
            ex("<p>Bitte <u>bis 1. März</u> anmelden.</p>"),
            ex('<p><span style="text-decoration: underline">Wichtig</span></p>'),
        ),
        good=(
            ex('<p>Bitte <a href="/anmeldung">hier anmelden</a>.</p>'),
            ex("<p>Bitte <strong>bis 1. März</strong> anmelden.</p>"),
        ),
    ),
)
