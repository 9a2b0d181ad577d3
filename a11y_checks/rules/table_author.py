"""Author rules for tables: data tables need header cells; headings do not belong in cells."""

from __future__ import annotations

from collections.abc import Iterator

from checkreport import Text

from ..dom import Page, ancestor
from ..registry import Hit, Rule
from ..tables import HEADER_ROLES, build_grid, tables
from ._helpers import ex

_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _no_header_cells(page: Page) -> Iterator[Hit]:
    for table in tables(page):
        if table.name != "table":
            continue
        cells = build_grid(page, table).cells()
        if cells and not any(page.role(cell) in HEADER_ROLES for cell in cells):
            yield Hit(table)


def _empty_header_cells(page: Page) -> Iterator[Hit]:
    for table in tables(page):
        for cell in build_grid(page, table).cells():
            if cell.name == "th" and not page.is_excluded(cell) and not page.name(cell).strip():
                yield Hit(cell)


def _headings_in_cells(page: Page) -> Iterator[Hit]:
    in_tables = {id(table) for table in tables(page)}
    if in_tables:
        for heading in page.tagged(_HEADINGS):
            table = ancestor(heading, "table")
            if table is not None and id(table) in in_tables and not page.is_excluded(heading):
                yield Hit(heading)


RULES = (
    Rule(
        id="table-no-headers",
        kind="html",
        severity="warning",
        wcag=("1.3.1",),
        title=Text(de="Tabellen haben Kopfzellen", en="Tables have header cells"),
        message=Text(
            de="Die Tabelle hat keine Kopfzellen; Screenreader können die Werte keiner Spalte zuordnen.",
            en="The table has no header cells; screen readers cannot tell which column a value belongs to.",
        ),
        suggestion=Text(
            de="Machen Sie die erste Zeile (oder Spalte) zu Kopfzellen; nutzen Sie Tabellen nicht für das Layout.",
            en="Make the first row (or column) header cells; do not use tables for layout.",
        ),
        check=_no_header_cells,
        bad=(
            ex(
                "<table><tr><td>Stadtteil</td><td>Kurse</td></tr><tr><td>Pieschen</td><td>12</td></tr></table>"
            ),
        ),
        good=(
            ex(
                "<table><tr><th>Stadtteil</th><th>Kurse</th></tr><tr><td>Pieschen</td><td>12</td></tr></table>"
            ),
        ),
    ),
    Rule(
        id="table-empty-header",
        kind="html",
        severity="warning",
        wcag=("1.3.1",),
        title=Text(de="Kopfzellen sind nicht leer", en="Header cells are not empty"),
        message=Text(de="Die Kopfzelle ist leer.", en="The header cell is empty."),
        suggestion=Text(
            de="Beschriften Sie die Kopfzelle oder machen Sie sie zu einer normalen Zelle (<td>).",
            en="Label the header cell or make it an ordinary cell (<td>).",
        ),
        check=_empty_header_cells,
        bad=(ex("<table><tr><th></th><th>2024</th></tr><tr><th>Kurse</th><td>12</td></tr></table>"),),
        good=(ex("<table><tr><td></td><th>2024</th></tr><tr><th>Kurse</th><td>12</td></tr></table>"),),
    ),
    Rule(
        id="heading-in-table",
        kind="html",
        severity="warning",
        wcag=("1.3.1",),
        title=Text(de="Keine Gliederungs-Überschriften in Tabellen", en="No outline headings inside tables"),
        message=Text(
            de="In einer Tabellenzelle steht eine Überschrift; sie bricht die Gliederung der Seite.",
            en="A table cell contains a heading; it breaks the page outline.",
        ),
        suggestion=Text(
            de="Verwenden Sie Kopfzellen (<th>) oder eine Tabellenüberschrift (<caption>).",
            en="Use header cells (<th>) or a table caption (<caption>).",
        ),
        check=_headings_in_cells,
        bad=(ex("<table><tr><th>Jahr</th></tr><tr><td><h3>2024</h3></td></tr></table>"),),
        good=(
            ex("<table><caption>Kurse 2024</caption><tr><th>Jahr</th></tr><tr><td>2024</td></tr></table>"),
        ),
    ),
)
