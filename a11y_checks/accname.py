"""Accessible name from markup, after W3C accname 1.2 and HTML-AAM, without a layout engine.

Name from content is collected iteratively (an explicit stack), so deep trees are safe.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bs4 import Comment, NavigableString, Tag

from .data.aria import NAME_FROM_CONTENT
from .dom import ancestor, attr, normalise_space
from .roles import explicit_role

if TYPE_CHECKING:
    from .dom import Page

_BLOCK = frozenset(
    "address article aside blockquote br dd details div dl dt fieldset figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table td th tr ul".split()
)
_INPUT_DEFAULTS = {"submit": "Submit", "reset": "Reset"}
_LABELABLE = frozenset({"input", "select", "textarea", "meter", "output", "progress", "button"})
_SKIP = frozenset({"script", "style", "template", "head", "title", "noscript"})


def accessible_name(page: Page, node: Tag) -> str:
    return normalise_space(_name(page, node, allow_labelledby=True, in_content=False))


def _name(page: Page, node: Tag, *, allow_labelledby: bool, in_content: bool) -> str:
    if allow_labelledby:
        ids = attr(node, "aria-labelledby").split()
        if ids:
            parts = [
                _referenced_text(page, page.ids[i]) for i in ids if i in page.ids and page.ids[i] is not node
            ]
            joined = normalise_space(" ".join(parts))
            if joined:
                return joined
    label = attr(node, "aria-label")
    if label.strip():
        return label
    native = _native_name(page, node)
    if native:
        return native
    role = page.role(node)
    if in_content or role in NAME_FROM_CONTENT or node.name == "summary":
        text = _text_from_content(page, node)
        if text.strip():
            return text
    title = attr(node, "title")
    if title.strip():
        return title
    if node.name in ("input", "textarea"):
        return attr(node, "placeholder") or attr(node, "aria-placeholder")
    return ""


def _referenced_text(page: Page, target: Tag) -> str:
    label = attr(target, "aria-label")
    if label.strip():
        return label
    native = _native_name(page, target)
    if native:
        return native
    return _text_from_content(page, target, include_hidden=page.is_excluded(target))


def _native_name(page: Page, node: Tag) -> str:
    name = node.name
    if name in ("img", "area"):
        return attr(node, "alt")
    if name == "input":
        kind = attr(node, "type").strip().lower()
        if kind == "image":
            return attr(node, "alt")
        if kind in ("button", "submit", "reset"):
            return attr(node, "value") or _INPUT_DEFAULTS.get(kind, "")
    if name in _LABELABLE:
        return _label_text(page, node)
    if name == "fieldset":
        return _first_child_text(page, node, "legend")
    if name == "figure":
        return _first_child_text(page, node, "figcaption")
    if name == "table":
        return _first_child_text(page, node, "caption")
    if name == "svg" or (
        node.name in ("circle", "rect", "path", "g", "ellipse", "polygon", "line", "use", "text")
    ):
        return _first_child_text(page, node, "title")
    return ""


def _first_child_text(page: Page, node: Tag, child_name: str) -> str:
    for child in node.children:
        if isinstance(child, Tag) and child.name == child_name:
            return _text_from_content(page, child)
    return ""


def _label_text(page: Page, node: Tag) -> str:
    parts: list[str] = []
    element_id = attr(node, "id")
    if element_id:
        for label in page.by_tag.get("label", ()):
            if attr(label, "for") == element_id:
                parts.append(_text_from_content(page, label, skip=node))
    wrapping = ancestor(node, "label")
    if wrapping is not None and not attr(wrapping, "for"):
        parts.append(_text_from_content(page, wrapping, skip=node))
    return " ".join(part for part in parts if part.strip())


def _text_from_content(
    page: Page, root: Tag, *, include_hidden: bool = False, skip: Tag | None = None
) -> str:
    """Text of a subtree as accname step 2F computes it; embedded images give their alt."""
    parts: list[str] = []
    stack: list = list(reversed(root.contents))
    while stack:
        node = stack.pop()
        if isinstance(node, str) and not isinstance(node, NavigableString):
            parts.append(node)  # a pending separator
            continue
        if isinstance(node, Tag):
            if node is skip or node.name in _SKIP:
                continue
            if not include_hidden and page.is_excluded(node):
                continue
            if explicit_role(node) is not None or node.attrs:
                own = _embedded_name(page, node)
                if own is not None:
                    parts.append(f" {own} ")
                    continue
            block = node.name in _BLOCK
            if block:
                parts.append(" ")
                stack.append(" ")
            stack.extend(reversed(node.contents))
        elif isinstance(node, NavigableString) and not isinstance(node, Comment):
            parts.append(str(node))
    return "".join(parts)


def _embedded_name(page: Page, node: Tag) -> str | None:
    """A descendant that names itself (aria-label, labelledby, alt, control value) or None."""
    if attr(node, "aria-labelledby").strip() or attr(node, "aria-label").strip():
        return _name(page, node, allow_labelledby=True, in_content=True)
    if node.name in ("img", "area"):
        return attr(node, "alt") or attr(node, "title")
    if node.name == "input":
        kind = attr(node, "type").strip().lower()
        if kind in ("button", "submit", "reset", "image"):
            return _native_name(page, node)
        return attr(node, "value")
    return None
