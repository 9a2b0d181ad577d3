"""A lang attribute on a part of the page must be a valid language tag."""

from __future__ import annotations

from collections.abc import Iterator

from bs4 import NavigableString, Tag

from checkreport import Text

from ..dom import Page, attr
from ..registry import Hit, Rule
from ._helpers import ex, valid_language_tag


def _has_own_content(page: Page, root: Tag) -> bool:
    """Text or a text alternative whose closest lang attribute is the root's."""
    stack = list(root.contents)
    while stack:
        node = stack.pop()
        if isinstance(node, Tag):
            if page.is_hidden(node) or "lang" in node.attrs:
                continue
            if node.name in ("img", "area", "input") and attr(node, "alt").strip():
                return True
            stack.extend(node.contents)
        elif isinstance(node, NavigableString) and type(node) is NavigableString and node.strip():
            return True
    return False


def _invalid_lang(page: Page) -> Iterator[Hit]:
    for node in page.with_lang:
        if node.name == "html" or page.is_hidden(node):
            continue
        value = attr(node, "lang").strip()
        if value and not valid_language_tag(value) and _has_own_content(page, node):
            yield Hit(node, params={"value": value})


RULES = (
    Rule(
        id="element-lang-valid",
        kind="html",
        severity="error",
        act=("de46e4",),
        wcag=("3.1.2",),
        title=Text(de="Sprachwechsel sind gültig ausgezeichnet", en="Language changes use valid tags"),
        message=Text(
            de='lang="{value}" ist kein gültiger Sprachcode; die Passage wird falsch ausgesprochen.',
            en='lang="{value}" is not a valid language tag; the passage will be mispronounced.',
        ),
        suggestion=Text(
            de='Verwenden Sie einen Sprachcode wie lang="en", lang="fr" oder lang="ar".',
            en='Use a language code such as lang="en", lang="fr" or lang="ar".',
        ),
        check=_invalid_lang,
        bad=(
            ex('<p lang="englisch">Welcome to Dresden.</p>'),
            ex('<div lang="#!"><img src="x.png" alt="Feuerwerk"></div>'),
        ),
        good=(
            ex('<blockquote lang="en">Welcome to Dresden.</blockquote>'),
            ex('<p lang="fr-CH">Bienvenue</p>'),
            ex('<div lang="xyz"><p lang="en">Welcome</p></div>'),
            ex('<p lang="xyz"><span style="display:none">hidden</span></p>'),
        ),
    ),
)
