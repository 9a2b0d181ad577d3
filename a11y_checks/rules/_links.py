"""What the link-text rules share: the links in the accessibility tree and their names."""

from __future__ import annotations

import re

from bs4 import Tag

from ..data.words import GENERIC_LINK_TEXT, phrases
from ..dom import Page

GENERIC = phrases(GENERIC_LINK_TEXT)
_DECORATION = re.compile(r"^[\s\W_]+|[\s\W_]+$")


def links(page: Page) -> list[tuple[Tag, str]]:
    """Links with an href that are in the accessibility tree, with their accessible names (found
    once per page: eight link rules read them)."""
    found = page.memo.get("links")
    if found is None:
        found = page.memo["links"] = [
            (node, page.name(node))
            for node in page.by_tag.get("a", ())
            if "href" in node.attrs and not page.is_excluded(node)
        ]
    return found  # type: ignore[return-value]


def bare(text: str) -> str:
    """Link text without case, surrounding punctuation and arrows: "Mehr »" -> "mehr"."""
    return _DECORATION.sub("", text.lower()).strip()
