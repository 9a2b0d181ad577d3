"""What the heading rules share: headings in the accessibility tree with their levels."""

from __future__ import annotations

from collections.abc import Iterator

from bs4 import Tag

from ..dom import Page, attr
from ._helpers import exposed_with_role

_LEVELS = {f"h{n}": n for n in range(1, 7)}


def heading_level(page: Page, node: Tag) -> int | None:
    """aria-level, else the h1–h6 number; role="heading" without a level counts as 2."""
    if page.role(node) != "heading":
        return None
    level = attr(node, "aria-level").strip()
    if level.isdigit() and 0 < int(level) < 10:
        return int(level)
    return _LEVELS.get(node.name, 2)


def headings(page: Page) -> Iterator[tuple[Tag, int]]:
    for node in exposed_with_role(page, frozenset({"heading"})):
        level = heading_level(page, node)
        if level is not None:
            yield node, level
