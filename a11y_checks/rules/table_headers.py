"""Header cells head something, and headers attributes point to cells of the same table."""

from __future__ import annotations

from collections.abc import Iterator

from bs4 import Tag

from checkreport import Text

from ..dom import Page, attr
from ..registry import Hit, Rule
from ..tables import HEADER_ROLES, TableGrid, build_grid, tables
from ._helpers import ex


def _assigned(page: Page, grid: TableGrid, header: Tag) -> bool:
    rows, cols = grid.position[id(header)]
    header_id = attr(header, "id")
    column = page.role(header) == "columnheader"
    for cell in grid.cells():
        if cell is header or page.is_excluded(cell):
            continue
        refs = attr(cell, "headers").split()
        if refs:
            if header_id and header_id in refs:
                return True
            continue
        cell_rows, cell_cols = grid.position[id(cell)]
        if (
            (cell_cols & cols and not cell_rows & rows)
            if column
            else (cell_rows & rows and not cell_cols & cols)
        ):
            return True
    return False


def _headers_without_cells(page: Page) -> Iterator[Hit]:
    for table in tables(page):
        grid = build_grid(page, table)
        for cell in grid.cells():
            if (
                page.role(cell) in HEADER_ROLES
                and not page.is_excluded(cell)
                and not _assigned(page, grid, cell)
            ):
                yield Hit(cell)


def _broken_headers_attribute(page: Page) -> Iterator[Hit]:
    for table in tables(page):
        if table.name != "table":
            continue
        grid = build_grid(page, table)
        ids = {attr(cell, "id"): cell for cell in grid.cells() if attr(cell, "id")}
        for cell in grid.cells():
            refs = attr(cell, "headers").split()
            wrong = [ref for ref in refs if ref not in ids or ids[ref] is cell]
            if refs and wrong:
                yield Hit(cell, params={"ids": " ".join(wrong)})


RULES = (
    Rule(
        id="th-has-data-cells",
        kind="html",
        severity="error",
        act=("d0f69e",),
        wcag=("1.3.1",),
        title=Text(de="Kopfzellen gehören zu Datenzellen", en="Header cells have data cells"),
        message=Text(
            de="Die Kopfzelle gilt für keine Datenzelle; die Tabellenstruktur ist unvollständig.",
            en="The header cell heads no data cell; the table structure is incomplete.",
        ),
        suggestion=Text(
            de="Ergänzen Sie die fehlenden Zellen oder machen Sie die Zelle zu einer normalen Zelle (<td>).",
            en="Add the missing cells or make the cell an ordinary cell (<td>).",
        ),
        check=_headers_without_cells,
        bad=(
            ex(
                '<table><tr><th id="a">Stadtteil</th><th id="b">Beratungsstelle</th></tr>'
                '<tr><td>Pieschen</td><td headers="a">Leipziger Straße 1</td></tr></table>'
            ),
        ),
        good=(
            ex(
                "<table><tr><th>Stadtteil</th><th>Angebote</th></tr><tr><td>Pieschen</td><td>12</td></tr></table>"
            ),
            ex("<table><tr><th>Jahr</th><td>2024</td></tr><tr><th>Ziel</th><td>erreicht</td></tr></table>"),
            ex('<table role="presentation"><tr><th>Zeit</th></tr></table>'),
        ),
    ),
    Rule(
        id="td-headers-attr",
        kind="html",
        severity="error",
        act=("a25f45",),
        wcag=("1.3.1",),
        title=Text(
            de="headers verweist auf Zellen derselben Tabelle", en="headers points to cells of the same table"
        ),
        message=Text(
            de='headers="{ids}" verweist auf keine andere Zelle dieser Tabelle.',
            en='headers="{ids}" refers to no other cell of this table.',
        ),
        suggestion=Text(
            de="Verwenden Sie die id einer Kopfzelle derselben Tabelle.",
            en="Use the id of a header cell in the same table.",
        ),
        check=_broken_headers_attribute,
        bad=(ex('<table><tr><th id="ziel">Ziel</th></tr><tr><td headers="zeil">erreicht</td></tr></table>'),),
        good=(
            ex('<table><tr><th id="ziel">Ziel</th></tr><tr><td headers="ziel">erreicht</td></tr></table>'),
        ),
    ),
)
