"""Accessible name from markup, after W3C accname 1.2 and HTML-AAM, without a layout engine.

Name from content is collected iteratively (an explicit stack), so deep trees are safe. Names can
refer to each other (labels, aria-labelledby, embedded controls); ``depth`` ends such chains, as
accname's rule against visiting a node twice intends.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bs4 import Comment, NavigableString, Tag

from .data.aria import NAME_FROM_CONTENT
from .dom import ancestor, attr, normalise_space

if TYPE_CHECKING:
    from .dom import Page

MAX_DEPTH = 6
_BLOCK = frozenset(
    "address article aside blockquote br dd details div dl dt fieldset figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table td th tr ul".split()
)
_INPUT_DEFAULTS = {"submit": "Submit", "reset": "Reset"}
_LABELABLE = frozenset({"input", "select", "textarea", "meter", "output", "progress", "button"})
_SKIP = frozenset({"script", "style", "template", "head", "title", "noscript"})
_SVG_SHAPES = frozenset({"circle", "rect", "path", "g", "ellipse", "polygon", "line", "use", "text"})


def accessible_name(page: Page, node: Tag) -> str:
    return normalise_space(_name(page, node, allow_labelledby=True, in_content=False, depth=0))


def _name(page: Page, node: Tag, *, allow_labelledby: bool, in_content: bool, depth: int) -> str:
    if depth > MAX_DEPTH:
        return ""
    if allow_labelledby:
        ids = attr(node, "aria-labelledby").split()
        if ids:
            targets = [page.ids[i] for i in ids if i in page.ids and page.ids[i] is not node]
            joined = normalise_space(" ".join(_referenced_text(page, t, depth + 1) for t in targets))
            if joined:
                return joined
    label = attr(node, "aria-label")
    if label.strip():
        return label
    native = _native_name(page, node, depth)
    if native:
        return native
    if in_content or page.role(node) in NAME_FROM_CONTENT or node.name == "summary":
        text = _text_from_content(page, node, depth=depth)
        if text.strip():
            return text
    title = attr(node, "title")
    if title.strip():
        return title
    if node.name in ("input", "textarea"):
        return attr(node, "placeholder") or attr(node, "aria-placeholder")
    return ""


def _referenced_text(page: Page, target: Tag, depth: int) -> str:
    label = attr(target, "aria-label")
    if label.strip():
        return label
    native = _native_name(page, target, depth)
    if native:
        return native
    return _text_from_content(page, target, include_hidden=page.is_excluded(target), depth=depth)


def _native_name(page: Page, node: Tag, depth: int) -> str:
    if depth > MAX_DEPTH:
        return ""
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
        return _label_text(page, node, depth)
    child = {"fieldset": "legend", "figure": "figcaption", "table": "caption"}.get(name)
    if child is None and (name == "svg" or name in _SVG_SHAPES):
        child = "title"
    if child is not None:
        for candidate in node.children:
            if isinstance(candidate, Tag) and candidate.name == child:
                return _text_from_content(page, candidate, depth=depth)
    return ""


def _label_text(page: Page, node: Tag, depth: int) -> str:
    parts: list[str] = []
    element_id = attr(node, "id")
    if element_id:
        for label in page.by_tag.get("label", ()):
            if attr(label, "for") == element_id:
                parts.append(_text_from_content(page, label, skip=node, depth=depth + 1))
    wrapping = ancestor(node, "label")
    if wrapping is not None and not attr(wrapping, "for"):
        parts.append(_text_from_content(page, wrapping, skip=node, depth=depth + 1))
    return " ".join(part for part in parts if part.strip())


def _text_from_content(
    page: Page, root: Tag, *, include_hidden: bool = False, skip: Tag | None = None, depth: int = 0
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
            if node.attrs:
                own = _embedded_name(page, node, depth + 1)
                if own is not None:
                    parts.append(f" {own} ")
                    continue
            if node.name in _BLOCK:
                parts.append(" ")
                stack.append(" ")
            stack.extend(reversed(node.contents))
        elif isinstance(node, NavigableString) and not isinstance(node, Comment):
            parts.append(str(node))
    return "".join(parts)


def _embedded_name(page: Page, node: Tag, depth: int) -> str | None:
    """A descendant that names itself (aria-label, labelledby, alt, control value) or None."""
    if depth > MAX_DEPTH:
        return ""
    if attr(node, "aria-labelledby").strip() or attr(node, "aria-label").strip():
        return _name(page, node, allow_labelledby=True, in_content=True, depth=depth)
    if node.name in ("img", "area"):
        return attr(node, "alt") or attr(node, "title")
    if node.name == "input":
        kind = attr(node, "type").strip().lower()
        if kind in ("button", "submit", "reset", "image"):
            return _native_name(page, node, depth)
        return attr(node, "value")
    return None
