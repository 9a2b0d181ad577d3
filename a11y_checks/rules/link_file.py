"""Links to documents that do not state file type and size: „Broschüre (PDF, 2 MB)“."""

from __future__ import annotations

import re
from collections.abc import Iterator

from checkreport import Text

from ..data.words import FILE_TYPES
from ..dom import Page, attr
from ..registry import Hit, Rule
from ._helpers import ex
from ._links import links

_FILE = re.compile(r"\.(" + "|".join(FILE_TYPES) + r")(?=$|[?#&])", re.I)


_SIZE = re.compile(r"\d\s*(?:[,.]\d+)?\s*(?:kb|mb|gb|kib|mib|byte|bytes|kilobyte|megabyte)\b", re.I)


def _file_info(page: Page) -> Iterator[Hit]:
    for node, name in links(page):
        match = _FILE.search(attr(node, "href"))
        if not match:
            continue
        said = f"{name} {attr(node, 'title')}".lower()
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
            ex('<a href="/media/aktionsplan.pdf">Aktionsplan Integration (PDF, 2,4 MB)</a>'),
            ex('<a href="/aktionsplan">Aktionsplan</a>'),
        ),
    ),
)
