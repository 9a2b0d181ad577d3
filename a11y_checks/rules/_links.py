"""What the link-text rules share: the links in the accessibility tree and their names."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bs4 import Tag

from ..data.words import GENERIC_LINK_TEXT, phrases
from ..dom import Page

GENERIC = phrases(GENERIC_LINK_TEXT)
_DECORATION = re.compile(r"^[\s\W_]+|[\s\W_]+$")


def links(page: Page) -> Iterator[tuple[Tag, str]]:
    """Links with an href that are in the accessibility tree, with their accessible names."""
    for node in page.by_tag.get("a", ()):
        if "href" in node.attrs and not page.is_excluded(node):
            yield node, page.name(node)


def bare(text: str) -> str:
    """Link text without case, surrounding punctuation and arrows: "Mehr »" -> "mehr"."""
    return _DECORATION.sub("", text.lower()).strip()
