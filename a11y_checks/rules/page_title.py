"""Whole documents have a non-empty title."""

from __future__ import annotations

from collections.abc import Iterator

from checkreport import Text

from ..dom import Page, ancestor
from ..registry import Hit, Rule
from ._helpers import doc, root_is_html, whole


def _no_title(page: Page) -> Iterator[Hit]:
    if not root_is_html(page):
        return
    titles = [t for t in page.by_tag.get("title", ()) if ancestor(t, "template", "svg") is None]
    if not titles:
        yield Hit(page.html_element, excerpt="<head>…</head>", params={})
    elif not titles[0].get_text().strip():
        yield Hit(titles[0])


RULES = (
    Rule(
        id="document-title",
        kind="html",
        severity="error",
        scope="document",
        act=("2779a5",),
        wcag=("2.4.2",),
        title=Text(de="Die Seite hat einen Titel", en="The page has a title"),
        message=Text(
            de="Die Seite hat keinen oder einen leeren <title>; er erscheint im Browser-Tab und wird zuerst vorgelesen.",
            en="The page has no or an empty <title>; it shows in the browser tab and is read out first.",
        ),
        suggestion=Text(
            de="Geben Sie jeder Seite einen eindeutigen Titel, z. B. „Handlungsfeld Bildung – Aktionsplan Integration“.",
            en="Give every page a distinct title, e.g. “Education – Integration Action Plan”.",
        ),
        check=_no_title,
        bad=(doc("<p>Hallo</p>", head=""), doc("<p>Hallo</p>", head="<title> </title>")),
        good=(doc("<p>Hallo</p>"), whole("<html lang='de'><body><title>Start</title></body></html>")),
    ),
)
