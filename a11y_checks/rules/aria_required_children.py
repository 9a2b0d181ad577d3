"""Roles that may only own certain child roles (list owns listitems, …)."""

from __future__ import annotations

from collections.abc import Iterator

from bs4 import NavigableString, Tag

from checkreport import Text

from ..data.aria import REQUIRED_OWNED
from ..dom import Page, attr
from ..registry import Hit, Rule
from ..roles import explicit_role
from ._helpers import ex, transparent


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
        elif transparent(page, child):
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
