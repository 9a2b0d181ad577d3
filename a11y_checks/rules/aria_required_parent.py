"""Roles that only make sense inside a parent role (listitem in list, tab in tablist, …)."""

from __future__ import annotations

from collections.abc import Iterator

from bs4 import Tag

from checkreport import Text

from ..data.aria import REQUIRED_CONTEXT
from ..dom import Page, attr
from ..registry import Hit, Rule
from ..roles import explicit_role
from ._helpers import ex, transparent


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
        while isinstance(parent, Tag) and parent.name != "[document]" and transparent(page, parent):
            parent = owners.get(attr(parent, "id")) or parent.parent
        parent_role = page.role(parent) if isinstance(parent, Tag) and parent.name != "[document]" else None
        if parent_role not in context:
            yield Hit(node, params={"role": role, "context": " / ".join(sorted(context))})


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
)
