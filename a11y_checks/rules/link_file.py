"""Links to documents that do not state file type and size: „Broschüre (PDF, 2 MB)“."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bs4 import NavigableString, Tag

from checkreport import Text

from ..data.words import FILE_TYPES
from ..dom import Page, ancestor, attr
from ..registry import Hit, Rule
from ._helpers import ex
from ._links import links

_FILE = re.compile(r"\.(" + "|".join(FILE_TYPES) + r")(?=$|[?#&])", re.I)
_SIZE = re.compile(r"\d\s*(?:[,.]\d+)?\s*(?:kb|mb|gb|kib|mib|byte|bytes|kilobyte|megabyte)\b", re.I)


# The link's context in the sense of WCAG 2.4.4: the text that stands beside it in its block (a
# download box, a list item, a table cell), without nested blocks such as a long description,
# plus its aria-describedby text.
_CONTEXT = ("p", "li", "td", "th", "dd", "dt", "div", "figcaption")
_INLINE = frozenset(
    "a abbr b bdi bdo cite code data dfn em i kbd mark q s small span strong sub sup time u".split()
)
_MAX_CONTEXT_CHARS = 300


def _context(page: Page, node: Tag) -> str:
    parts = [page.text(page.ids[i]) for i in attr(node, "aria-describedby").split() if i in page.ids]
    block = ancestor(node, *_CONTEXT)
    stack = list(reversed(block.contents)) if block is not None else []
    size = 0
    while stack and size < _MAX_CONTEXT_CHARS:
        child = stack.pop()
        if isinstance(child, Tag):
            if child.name in _INLINE and not page.is_hidden(child):
                stack.extend(reversed(child.contents))
        elif type(child) is NavigableString:
            parts.append(str(child))
            size += len(child)
    return " ".join(parts)


def _file_info(page: Page) -> Iterator[Hit]:
    for node, name in links(page):
        match = _FILE.search(attr(node, "href"))
        if not match:
            continue
        said = f"{name} {attr(node, 'title')} {_context(page, node)}".lower()
        extension = match.group(1).lower()
        has_type = any(re.search(rf"\b{word}\b", said) for word in FILE_TYPES[extension])
        if not has_type or not _SIZE.search(said):
            yield Hit(node, params={"type": extension.upper(), "text": name})


RULES = (
    Rule(
        id="link-file-type-size",
        kind="html",
        severity="warning",
        wcag=("2.4.4",),
        title=Text(de="Dateilinks nennen Typ und Größe", en="File links state type and size"),
        message=Text(
            de="Der Link „{text}“ führt zu einer {type}-Datei, nennt aber nicht Dateityp und Größe.",
            en="The link “{text}” leads to a {type} file but does not state file type and size.",
        ),
        suggestion=Text(
            de="Schreiben Sie Typ und Größe dazu, z. B. „Broschüre (PDF, 2 MB)“, und prüfen Sie die Datei selbst auf Barrierefreiheit.",
            en="Add type and size, e.g. “Brochure (PDF, 2 MB)”, and check the file itself for accessibility.",
        ),
        check=_file_info,
        bad=(
            ex('<a href="/media/aktionsplan.pdf">Aktionsplan Integration</a>'),
            ex('<a href="/media/plan.xlsx">Tabelle (Excel)</a>'),
        ),
        good=(
            ex(
                '<div class="download"><a href="/documents/1/plan.pdf">Aktionsplan Integration</a>'
                " <span>PDF, 2,4 MB, barrierefrei</span></div>"
            ),
            ex('<a href="/media/aktionsplan.pdf">Aktionsplan Integration (PDF, 2,4 MB)</a>'),
            ex('<a href="/aktionsplan">Aktionsplan</a>'),
        ),
    ),
)
