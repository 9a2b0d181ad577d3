"""What the alt-text rules share: images with their alt text, and a check built from a test."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from bs4 import Tag

from ..dom import Page, attr, normalise_space
from ..registry import Hit

# The image the examples of the alt-text rules describe.
IMG = '<img src="/media/images/sprachcafe.jpg" alt="{}">'


def images_with_alt(page: Page) -> list[tuple[Tag, str]]:
    """Images in the accessibility tree with a non-empty alt text (found once, for all alt rules)."""
    found = page.memo.get("images_with_alt")
    if found is None:
        found = page.memo["images_with_alt"] = []
        for node in page.by_tag.get("img", ()):
            if not page.is_excluded(node):
                alt = normalise_space(attr(node, "alt"))
                if alt:
                    found.append((node, alt))
    return found  # type: ignore[return-value]


def alt_check(test: Callable[[str], bool]) -> Callable[[Page], Iterator[Hit]]:
    """A rule check that flags every image whose alt text passes ``test``."""

    def check(page: Page) -> Iterator[Hit]:
        for node, alt in images_with_alt(page):
            if test(alt):
                yield Hit(node, params={"alt": alt[:80]})

    return check
