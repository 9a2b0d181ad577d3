"""Roles that only make sense inside a parent role, or only with certain child roles."""

from __future__ import annotations

from collections.abc import Iterator

from bs4 import NavigableString, Tag

from checkreport import Text

from ..data.aria import GLOBAL_ATTRIBUTES, REQUIRED_CONTEXT, REQUIRED_OWNED
from ..dom import Page, attr
from ..registry import Hit, Rule
from ..roles import explicit_role, is_focusable
from ._helpers import ex

_TRANSPARENT = {"generic", "none", None}


def _transparent(page: Page, node: Tag) -> bool:
    """Left out of the accessibility tree's structure: a plain container without ARIA."""
    return (
        page.role(node) in _TRANSPARENT
        and not any(name in GLOBAL_ATTRIBUTES for name in node.attrs)
        and not is_focusable(page, node)
    )


def _owners(page: Page) -> dict[str, Tag]:
    owned: dict[str, Tag] = {}
    for node in page.with_aria:
        for element_id in attr(node, "aria-owns").split():
            owned.setdefault(element_id, node)
    return owned


def _outside_context(page: Page) -> Iterator[Hit]:
    owners = None
    for node in page.with_role:
        role = explicit_role(node)
        context = REQUIRED_CONTEXT.get(role or "")
        if not context or page.is_excluded(node):
            continue
        if owners is None:
            owners = _owners(page)
        parent = owners.get(attr(node, "id")) or node.parent
        while isinstance(parent, Tag) and parent.name != "[document]" and _transparent(page, parent):
            parent = owners.get(attr(parent, "id")) or parent.parent
        parent_role = page.role(parent) if isinstance(parent, Tag) and parent.name != "[document]" else None
        if parent_role not in context:
            yield Hit(node, params={"role": role, "context": " / ".join(sorted(context))})


def _wrong_children(page: Page, node: Tag, allowed: set[str]) -> bool:
    stack: list = list(node.contents)
    stack.extend(page.ids[i] for i in attr(node, "aria-owns").split() if i in page.ids)
    while stack:
        child = stack.pop()
        if isinstance(child, NavigableString):
            if type(child) is NavigableString and child.strip():
                return True  # bare text where only the allowed roles may be
            continue
        if not isinstance(child, Tag) or page.is_excluded(child):
            continue
        role = page.role(child)
        if role == "group" and "group" in allowed:
            stack.extend(child.contents)
        elif role in allowed:
            continue
        elif _transparent(page, child):
            stack.extend(child.contents)
        else:
            return True
    return False


def _wrong_owned(page: Page) -> Iterator[Hit]:
    for node in page.with_role:
        role = explicit_role(node)
        allowed = REQUIRED_OWNED.get(role or "")
        if not allowed or page.is_excluded(node) or attr(node, "aria-busy").strip().lower() == "true":
            continue
        if _wrong_children(page, node, allowed):
            yield Hit(node, params={"role": role, "children": " / ".join(sorted(allowed))})


RULES = (
    Rule(
        id="aria-required-parent",
        kind="html",
        severity="error",
        act=("ff89c9",),
        wcag=("1.3.1",),
        title=Text(de="Rollen stehen im nötigen Zusammenhang", en="Roles sit in their required context"),
        message=Text(
            de="Ein Element mit der Rolle „{role}“ muss in einem Element mit der Rolle {context} stehen.",
            en="An element with the role “{role}” must be inside an element with the role {context}.",
        ),
        suggestion=Text(
            de="Setzen Sie das Element in den passenden Container oder verwenden Sie native Listen und Tabellen.",
            en="Put the element into the matching container, or use native lists and tables.",
        ),
        check=_outside_context,
        bad=(
            ex('<div role="listitem">Bildung</div>'),
            ex('<div role="list"><div role="tabpanel"><div role="listitem">1</div></div></div>'),
        ),
        good=(
            ex('<div role="list"><div role="listitem">Bildung</div><div role="listitem">Arbeit</div></div>'),
            ex('<ul><div role="listitem">Bildung</div></ul>'),
        ),
    ),
    Rule(
        id="aria-required-children",
        kind="html",
        severity="error",
        act=("bc4a75",),
        wcag=("1.3.1",),
        title=Text(de="Rollen enthalten die nötigen Kinder", en="Roles own their required children"),
        message=Text(
            de="Ein Element mit der Rolle „{role}“ darf nur Elemente mit der Rolle {children} enthalten.",
            en="An element with the role “{role}” may only contain elements with the role {children}.",
        ),
        suggestion=Text(
            de="Geben Sie den Kindern die passende Rolle oder verwenden Sie native Listen und Tabellen.",
            en="Give the children the matching role, or use native lists and tables.",
        ),
        check=_wrong_owned,
        bad=(
            ex('<div role="list"><span>Bildung</span></div>'),
            ex('<div role="grid"><div role="row"><span>1A</span></div></div>'),
        ),
        good=(
            ex('<div role="list"><span role="listitem">Bildung</span></div>'),
            ex('<ul role="tablist"><li role="none"><span role="tab" tabindex="0">Ziele</span></li></ul>'),
            ex('<ul role="menu" aria-busy="true">Wird geladen</ul>'),
        ),
    ),
)
