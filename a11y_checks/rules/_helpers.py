"""Small helpers the rule modules share."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache

from bs4 import Tag

from checkreport import Text

from ..data.aria import GLOBAL_ATTRIBUTES
from ..dom import Page, attr
from ..registry import Example, Hit
from ..roles import is_focusable, native_tags

LINK_ROLES = frozenset({"link", "doc-backlink", "doc-biblioref", "doc-glossref", "doc-noteref"})


def ex(source: str, *, fragment: bool = True, lang: str | None = "de") -> Example:
    return Example(source=source, fragment=fragment, lang=lang)


def doc(body: str, *, head: str = "<title>Aktionsplan Integration</title>", lang: str = "de") -> Example:
    """A whole document around a body, for document-level rules."""
    html = f'<!DOCTYPE html><html lang="{lang}"><head>{head}</head><body>{body}</body></html>'
    return Example(source=html, fragment=False, lang=lang)


def whole(source: str, *, lang: str | None = "de") -> Example:
    """A complete document given as is."""
    return Example(source=source, fragment=False, lang=lang)


def exposed_with_role(page: Page, roles: frozenset[str] | set[str]) -> list[Tag]:
    """Elements in the accessibility tree whose computed role is one of ``roles`` (found once per
    page and set of roles: several rules ask for headings, links or images)."""
    key = ("exposed", frozenset(roles))
    found = page.memo.get(key)
    if found is None:
        tags = native_tags(roles)
        candidates = page.elements if tags is None else page.tagged(tags, page.with_role)
        found = page.memo[key] = [
            node for node in candidates if not page.is_excluded(node) and page.role(node) in roles
        ]
    return found  # type: ignore[return-value]


@lru_cache(maxsize=512)
def valid_language_tag(value: str) -> bool:
    """Valid when the primary subtag is registered in the IANA language subtag registry."""
    import langcodes

    primary = value.strip().split("-")[0].lower()
    if not primary or not primary.isalpha() or len(primary) > 8:
        return False
    try:
        return bool(langcodes.tag_is_valid(primary))
    except (ValueError, LookupError):
        return False


def root_is_html(page: Page) -> bool:
    """The document element is an HTML ``html`` element (not, say, an SVG document)."""
    found = page.memo.get("root_is_html")  # five rules ask
    if found is None:
        head = page.source.lstrip()[:2048].lower()
        found = page.memo["root_is_html"] = page.html_element is not None and (
            "<html" in head or not head.startswith("<svg")
        )
    return found  # type: ignore[return-value]


def has_attr_value(node: Tag, name: str) -> bool:
    return bool(attr(node, name).strip())


def unnamed(
    roles: frozenset[str], accept: Callable[[Tag], bool] = lambda node: True
) -> Callable[[Page], Iterator[Hit]]:
    """A rule check flagging exposed elements of these roles (and ``accept``) without a name."""

    def check(page: Page) -> Iterator[Hit]:
        for node in exposed_with_role(page, roles):
            if accept(node) and not page.name(node).strip():
                yield Hit(node)

    return check


NAME_IT = Text(
    de="Geben Sie dem Element einen sichtbaren Text, ein <label> oder ein aria-label.",
    en="Give the element visible text, a <label> or an aria-label.",
)

_TRANSPARENT = {"generic", "none", None}


def transparent(page: Page, node: Tag) -> bool:
    """Left out of the accessibility tree's structure: a plain container without ARIA."""
    return (
        page.role(node) in _TRANSPARENT
        and not any(name in GLOBAL_ATTRIBUTES for name in node.attrs)
        and not is_focusable(page, node)
    )
