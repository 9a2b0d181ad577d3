"""Tables as grids of cells (colspan and rowspan applied), for the table rules."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bs4 import Tag

from .dom import ancestor, attr

if TYPE_CHECKING:
    from .dom import Page

_MAX_SPAN = 1000  # as browsers clamp colspan; keeps hostile spans from exploding the grid
HEADER_ROLES = frozenset({"columnheader", "rowheader"})
CELL_ROLES = frozenset({"cell", "gridcell", "columnheader", "rowheader"})
TABLE_ROLES = frozenset({"table", "grid", "treegrid"})


@dataclass
class TableGrid:
    table: Tag
    rows: list[list[Tag]] = field(default_factory=list)
    # (row, column) -> cell, with spanning cells in every slot they cover
    slots: dict[tuple[int, int], Tag] = field(default_factory=dict)
    position: dict[int, tuple[set[int], set[int]]] = field(default_factory=dict)  # id(cell) -> rows, cols

    def cells(self) -> list[Tag]:
        return [cell for row in self.rows for cell in row]


def _span(cell: Tag, name: str) -> int:
    value = attr(cell, name).strip()
    return min(max(int(value), 1), _MAX_SPAN) if value.isdigit() else 1


def _own_rows(page: Page, table: Tag) -> list[list[Tag]]:
    if table.name == "table":
        rows = _rows_by_table(page).get(id(table), [])
        return [[c for c in tr.children if isinstance(c, Tag) and c.name in ("td", "th")] for tr in rows]
    rows = [
        node
        for node in table.find_all(True)
        if page.role(node) == "row" and _closest_table(page, node) is table
    ]
    out = []
    for row in rows:
        cells = [n for n in row.find_all(True) if page.role(n) in CELL_ROLES and _closest_row(page, n) is row]
        out.append(cells)
    return out


def _rows_by_table(page: Page) -> dict[int, list[Tag]]:
    """Every tr grouped under its closest table, in document order; one pass for all tables."""
    if "rows" not in page.memo:
        groups: dict[int, list[Tag]] = {}
        for tr in page.by_tag.get("tr", ()):
            table = ancestor(tr, "table")
            if table is not None:
                groups.setdefault(id(table), []).append(tr)
        page.memo["rows"] = groups
    return page.memo["rows"]  # type: ignore[return-value]


def _closest_table(page: Page, node: Tag) -> Tag | None:
    for parent in node.parents:
        if isinstance(parent, Tag) and (parent.name == "table" or page.role(parent) in TABLE_ROLES):
            return parent
    return None


def _closest_row(page: Page, node: Tag) -> Tag | None:
    for parent in node.parents:
        if isinstance(parent, Tag) and page.role(parent) == "row":
            return parent
    return None


def build_grid(page: Page, table: Tag) -> TableGrid:
    key = ("grid", id(table))
    if key not in page.memo:
        page.memo[key] = _build_grid(page, table)
    return page.memo[key]  # type: ignore[return-value]


def _build_grid(page: Page, table: Tag) -> TableGrid:
    grid = TableGrid(table=table, rows=_own_rows(page, table))
    for row_index, row in enumerate(grid.rows):
        column = 0
        for cell in row:
            while (row_index, column) in grid.slots:
                column += 1
            colspan = _span(cell, "colspan")
            rowspan = _span(cell, "rowspan") if table.name == "table" else 1
            rows = set(range(row_index, min(row_index + rowspan, len(grid.rows))))
            cols = set(range(column, column + colspan))
            for r in rows:
                for c in cols:
                    grid.slots[(r, c)] = cell
            grid.position[id(cell)] = (rows, cols)
            column += colspan
    return grid


def tables(page: Page) -> list[Tag]:
    """HTML and ARIA tables in the accessibility tree, with a table role."""
    if "tables" not in page.memo:
        page.memo["tables"] = [
            node
            for node in page.tagged(("table",), page.with_role)
            if page.role(node) in TABLE_ROLES and not page.is_excluded(node)
        ]
    return page.memo["tables"]  # type: ignore[return-value]
