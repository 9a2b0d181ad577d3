"""Whole documents let people skip repeated blocks: a main landmark, headings or a skip link."""

from __future__ import annotations

import re
from collections.abc import Iterator

from checkreport import Text

from ..dom import Page, attr
from ..registry import Hit, Rule
from ._helpers import doc, exposed_with_role, root_is_html


def _has_role(page: Page, role: str) -> bool:
    return any(True for _ in exposed_with_role(page, frozenset({role})))


_SAME_PAGE = re.compile(r"#([\w-]+)")


def _has_skip_link(page: Page) -> bool:
    """A link, or a scripted control, that moves to an element of this page."""
    for link in page.by_tag.get("a", ()):
        target = attr(link, "href").strip()
        if target.startswith("#") and len(target) > 1 and target[1:] in page.ids:
            return True
    for node in page.elements:
        script = attr(node, "onclick")
        if script and any(found in page.ids for found in _SAME_PAGE.findall(script)):
            return True
    return False


def _no_main(page: Page) -> Iterator[Hit]:
    if root_is_html(page) and page.by_tag.get("a") and not _has_role(page, "main"):
        yield Hit(page.body, excerpt="<body>…</body>")


def _no_bypass(page: Page) -> Iterator[Hit]:
    if not root_is_html(page) or not page.by_tag.get("a"):
        return
    if not (_has_role(page, "main") or _has_role(page, "heading") or _has_skip_link(page)):
        yield Hit(page.body, excerpt="<body>…</body>")


_NAV = '<nav><a href="/">Start</a> <a href="/plan">Aktionsplan</a></nav>'

RULES = (
    Rule(
        id="landmark-main",
        kind="html",
        severity="warning",
        scope="document",
        act=("b40fd1",),
        wcag=("2.4.1",),
        title=Text(de="Die Seite hat einen Hauptbereich", en="The page has a main landmark"),
        message=Text(
            de="Die Seite hat keinen Hauptbereich (<main>); Screenreader können nicht zum Inhalt springen.",
            en="The page has no main landmark (<main>); screen readers cannot jump to the content.",
        ),
        suggestion=Text(
            de="Umschließen Sie den Hauptinhalt mit <main>.", en="Wrap the main content in <main>."
        ),
        check=_no_main,
        bad=(doc(_NAV + "<div><p>Inhalt</p></div>"),),
        good=(doc(_NAV + "<main><h1>Aktionsplan</h1></main>"),),
    ),
    Rule(
        id="bypass",
        kind="html",
        severity="error",
        scope="document",
        act=("cf77f2",),
        wcag=("2.4.1",),
        title=Text(de="Wiederholte Blöcke lassen sich überspringen", en="Repeated blocks can be bypassed"),
        message=Text(
            de="Die Seite hat weder einen Hauptbereich noch Überschriften noch einen Sprunglink.",
            en="The page has no main landmark, no headings and no skip link.",
        ),
        suggestion=Text(
            de="Setzen Sie <main> um den Inhalt, gliedern Sie mit Überschriften oder bieten Sie einen Sprunglink an.",
            en="Wrap the content in <main>, structure it with headings, or offer a skip link.",
        ),
        check=_no_bypass,
        bad=(doc(_NAV + "<div><strong>Aktionsplan</strong><p>Inhalt</p></div>"),),
        good=(
            doc(_NAV + "<div><h1>Aktionsplan</h1></div>"),
            doc('<a href="#inhalt">Zum Inhalt</a>' + _NAV + '<div id="inhalt">x</div>'),
        ),
    ),
)
