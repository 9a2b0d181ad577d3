"""Roles from markup: the explicit role attribute (with fallback tokens) or the implicit HTML role,
plus focusability, following HTML-AAM and the WAI-ARIA presentational-role conflict resolution."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bs4 import Tag

from .data.aria import ABSTRACT_ROLES, GLOBAL_ATTRIBUTES, PRESENTATIONAL, ROLES
from .dom import ancestor, attr

if TYPE_CHECKING:
    from .dom import Page

_SIMPLE = {
    "article": "article",
    "aside": "complementary",
    "blockquote": "blockquote",
    "button": "button",
    "caption": "caption",
    "code": "code",
    "datalist": "listbox",
    "del": "deletion",
    "details": "group",
    "dfn": "term",
    "dialog": "dialog",
    "em": "emphasis",
    "fieldset": "group",
    "figure": "figure",
    "form": "form",
    "h1": "heading",
    "h2": "heading",
    "h3": "heading",
    "h4": "heading",
    "h5": "heading",
    "h6": "heading",
    "hr": "separator",
    "ins": "insertion",
    "li": "listitem",
    "main": "main",
    "math": "math",
    "menu": "list",
    "meter": "meter",
    "nav": "navigation",
    "ol": "list",
    "ul": "list",
    "optgroup": "group",
    "option": "option",
    "output": "status",
    "p": "paragraph",
    "progress": "progressbar",
    "search": "search",
    "strong": "strong",
    "sub": "subscript",
    "sup": "superscript",
    "table": "table",
    "tbody": "rowgroup",
    "thead": "rowgroup",
    "tfoot": "rowgroup",
    "textarea": "textbox",
    "tr": "row",
    "dd": "definition",
    "dt": "term",
    "time": "time",
    "mark": "mark",
    "svg": "graphics-document",
    "address": "group",
    "hgroup": "group",
    "b": "generic",
    "i": "generic",
    "u": "generic",
    "s": "generic",
    "q": "generic",
    "div": "generic",
    "span": "generic",
    "small": "generic",
    "bdi": "generic",
    "bdo": "generic",
    "data": "generic",
    "pre": "generic",
    "samp": "generic",
    "body": "generic",
}
_INPUT = {
    "button": "button",
    "image": "button",
    "reset": "button",
    "submit": "button",
    "checkbox": "checkbox",
    "radio": "radio",
    "range": "slider",
    "number": "spinbutton",
    "search": "searchbox",
    "email": "textbox",
    "tel": "textbox",
    "text": "textbox",
    "url": "textbox",
    # Password fields have no ARIA role but are text fields to every user; treat them as one.
    "password": "textbox",
    "": "textbox",
}
_SECTIONING = {"article", "aside", "main", "nav", "section"}
_NATIVE_FOCUSABLE = {"button", "select", "textarea", "iframe"}


def explicit_role(node: Tag) -> str | None:
    """The first valid, non-abstract token of the role attribute."""
    for token in attr(node, "role").lower().split():
        if token in ROLES and token not in ABSTRACT_ROLES:
            return token
    return None


def implicit_role(page: Page, node: Tag) -> str | None:
    name = node.name
    if name in _SIMPLE:
        return _SIMPLE[name]
    if name in ("a", "area"):
        return "link" if "href" in node.attrs else ("generic" if name == "a" else None)
    if name == "img":
        alt = node.attrs.get("alt")
        if alt is not None and attr(node, "alt") == "" and not _has_global_aria(node):
            return "presentation"
        return "img"
    if name == "input":
        kind = attr(node, "type").strip().lower()
        if kind in ("", "text", "search", "email", "tel", "url") and "list" in node.attrs:
            return "combobox"
        return _INPUT.get(kind)
    if name == "select":
        size = attr(node, "size").strip()
        multiple = "multiple" in node.attrs
        return "listbox" if multiple or (size.isdigit() and int(size) > 1) else "combobox"
    if name in ("th", "td"):
        return _cell_role(node)
    if name == "section":
        return "region" if ("aria-label" in node.attrs or "aria-labelledby" in node.attrs) else "generic"
    if name in ("header", "footer"):
        for ancestor in node.parents:
            if ancestor.name in _SECTIONING:
                return "generic"
        return "banner" if name == "header" else "contentinfo"
    return None


def _cell_role(node: Tag) -> str:
    table = ancestor(node, "table")
    grid = table is not None and explicit_role(table) in ("grid", "treegrid")
    if node.name == "td":
        return "gridcell" if grid else "cell"
    scope = attr(node, "scope").strip().lower()
    if scope in ("row", "rowgroup"):
        return "rowheader"
    if scope in ("col", "colgroup"):
        return "columnheader"
    row = node.parent
    if row is not None and row.name == "tr" and row.parent is not None and row.parent.name != "thead":
        cells = [c for c in row.children if isinstance(c, Tag) and c.name in ("td", "th")]
        if cells and cells[0] is node and any(c.name == "td" for c in cells[1:]):
            return "rowheader"
    return "columnheader"


def _has_global_aria(node: Tag) -> bool:
    return any(name in GLOBAL_ATTRIBUTES for name in node.attrs)


def is_disabled(node: Tag) -> bool:
    return "disabled" in node.attrs and node.name in (
        "button",
        "input",
        "select",
        "textarea",
        "fieldset",
        "optgroup",
        "option",
    )


def is_focusable(page: Page, node: Tag) -> bool:
    """Focusable from markup: native interactive elements and any valid tabindex."""
    if page.is_hidden(node):
        return False
    tabindex = attr(node, "tabindex").strip()
    if tabindex.lstrip("-").isdigit():
        return not is_disabled(node)
    name = node.name
    if name in ("a", "area"):
        return "href" in node.attrs
    if name == "input":
        return attr(node, "type").strip().lower() != "hidden" and not is_disabled(node)
    if name in _NATIVE_FOCUSABLE:
        return not is_disabled(node)
    if name in ("audio", "video"):
        return "controls" in node.attrs
    if name == "summary":
        parent = node.parent
        return (
            parent is not None
            and parent.name == "details"
            and parent.find("summary", recursive=False) is node
        )
    editable = node.attrs.get("contenteditable")
    return editable is not None and attr(node, "contenteditable").strip().lower() != "false"


def is_tabbable(page: Page, node: Tag) -> bool:
    """In sequential focus navigation: focusable and not tabindex < 0."""
    if not is_focusable(page, node):
        return False
    tabindex = attr(node, "tabindex").strip()
    return not (tabindex.startswith("-") and tabindex[1:].isdigit())


def compute_role(page: Page, node: Tag) -> str | None:
    role = explicit_role(node)
    if role in PRESENTATIONAL:
        # Conflict resolution: focusable elements or global ARIA attributes keep their native role.
        if is_focusable(page, node) or _has_global_aria(node):
            return implicit_role(page, node)
        return "none"
    if role is not None:
        return role
    role = implicit_role(page, node)
    return "none" if role == "presentation" else role


def is_decorative_marked(node: Tag) -> bool:
    """Marked as decorative by its author: role none/presentation, or an img with alt=""."""
    if explicit_role(node) in PRESENTATIONAL:
        return True
    return node.name == "img" and "alt" in node.attrs and attr(node, "alt") == "" and "role" not in node.attrs


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# Which HTML elements can have a role without a role attribute; roles missing here have no
# native element, so only elements with a role attribute can carry them.
NATIVE_TAGS = {
    "link": ("a", "area"),
    "button": ("button", "input", "summary"),
    "heading": _HEADINGS,
    "img": ("img",),
    "checkbox": ("input",),
    "radio": ("input",),
    "slider": ("input",),
    "spinbutton": ("input",),
    "searchbox": ("input",),
    "textbox": ("input", "textarea"),
    "combobox": ("input", "select"),
    "listbox": ("select", "datalist"),
    "option": ("option",),
    "meter": ("meter",),
    "progressbar": ("progress",),
    "separator": ("hr",),
    "math": ("math",),
    "table": ("table",),
    "grid": (),
    "treegrid": (),
    "none": ("img",),
    "presentation": ("img",),
    "cell": ("td",),
    "gridcell": ("td",),
    "columnheader": ("th",),
    "rowheader": ("th",),
    "region": ("section",),
    "banner": ("header",),
    "contentinfo": ("footer",),
}
_BY_ROLE: dict[str, set[str]] = {}
for _tag, _role in _SIMPLE.items():
    _BY_ROLE.setdefault(_role, set()).add(_tag)


def native_tags(roles: frozenset[str] | set[str]) -> set[str] | None:
    """Tag names that can carry one of the roles implicitly; None when any element could."""
    if "generic" in roles:
        return None
    tags: set[str] = set()
    for role in roles:
        tags.update(NATIVE_TAGS.get(role, ()))
        tags.update(_BY_ROLE.get(role, ()))
    return tags
