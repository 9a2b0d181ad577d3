"""Whole documents: the main content starts with a heading, so people can jump straight to it."""

from __future__ import annotations

from collections.abc import Iterator

from bs4 import NavigableString, Tag

from checkreport import Text

from ..dom import Page, attr
from ..registry import Hit, Rule
from ._helpers import doc, exposed_with_role

# Repeated blocks that may stand inside <main> before its own content (breadcrumbs, a side note).
_REPEATED_ROLES = frozenset({"navigation", "complementary", "search"})


# A short note before the heading (a language mark, a date) is no real loss; a paragraph is.
_MAX_CHARS_BEFORE_HEADING = 120
_MEDIA_CHARS = 60


def _content_before_heading(page: Page, main: Tag) -> int:
    """How much perceivable content (in characters) comes before the first heading of ``main``."""
    size = 0
    stack: list = list(reversed(main.contents))
    while stack and size < _MAX_CHARS_BEFORE_HEADING:
        node = stack.pop()
        if isinstance(node, Tag):
            if page.is_excluded(node) or page.role(node) in _REPEATED_ROLES:
                continue
            if page.role(node) == "heading":
                break
            if node.name in ("video", "iframe", "object") or (
                node.name == "img" and attr(node, "alt").strip()
            ):
                size += _MEDIA_CHARS
                continue
            stack.extend(reversed(node.contents))
        elif type(node) is NavigableString:
            size += len(node.strip())
    return size


def _main_without_heading(page: Page) -> Iterator[Hit]:
    for main in exposed_with_role(page, frozenset({"main"})):
        if _content_before_heading(page, main) >= _MAX_CHARS_BEFORE_HEADING:
            yield Hit(main, excerpt=f"<{main.name}>…")


RULES = (
    Rule(
        id="main-starts-with-heading",
        kind="html",
        severity="warning",
        scope="document",
        act=("047fe0",),
        wcag=("2.4.1",),
        title=Text(
            de="Der Hauptinhalt beginnt mit einer Überschrift", en="The main content starts with a heading"
        ),
        message=Text(
            de="Der Hauptbereich beginnt nicht mit einer Überschrift; wer per Überschrift springt, landet hinter seinem Anfang.",
            en="The main area does not start with a heading; people who jump by headings land after its start.",
        ),
        suggestion=Text(
            de="Stellen Sie die Hauptüberschrift (h1) an den Anfang von <main>.",
            en="Put the main heading (h1) at the start of <main>.",
        ),
        check=_main_without_heading,
        bad=(
            doc(
                "<nav><a href='/'>Start</a></nav><main><p>"
                + "Die Stadt fördert Sprachkurse, Beratung und Begegnung in allen Stadtteilen. " * 2
                + "</p><h1>Bildung</h1></main>"
            ),
        ),
        good=(
            doc("<nav><a href='/'>Start</a></nav><main><h1>Bildung</h1><p>Die Stadt fördert …</p></main>"),
            doc("<main><nav aria-label='Brotkrumen'><a href='/'>Start</a></nav><h1>Bildung</h1></main>"),
            doc("<main><img src='linie.png' alt=''><h1>Bildung</h1></main>"),
            doc("<main><p>Dieser Text ist in Leichter Sprache.</p><h1>Integration in Dresden</h1></main>"),
        ),
    ),
)
