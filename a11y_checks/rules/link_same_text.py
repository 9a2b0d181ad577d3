"""The same link text leading to different targets."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlsplit

from checkreport import Text

from ..dom import Page, attr
from ..registry import Hit, Rule
from ._helpers import ex
from ._links import GENERIC, bare, links


def _target(href: str) -> str:
    parts = urlsplit(href.strip())
    return f"{parts.netloc.lower()}{parts.path.rstrip('/') or '/'}?{parts.query}"


def _same_text(page: Page) -> Iterator[Hit]:
    first_target: dict[str, str] = {}
    targets: dict[str, str] = {}  # href -> target: pages repeat the same href many times
    for node, name in links(page):
        key = bare(name)
        href = attr(node, "href").strip()
        if not key or key in GENERIC or href.startswith(("#", "javascript:")):
            continue
        target = targets.get(href)
        if target is None:
            target = targets[href] = _target(href)
        if first_target.setdefault(key, target) != target:
            yield Hit(node, params={"text": name})


RULES = (
    Rule(
        id="link-same-text-different-target",
        kind="html",
        severity="warning",
        wcag=("2.4.4", "2.4.9"),
        title=Text(de="Gleicher Linktext, gleiches Ziel", en="Same link text, same target"),
        message=Text(
            de="Ein anderer Link mit dem Text „{text}“ führt woandershin; die Links sind nicht zu unterscheiden.",
            en="Another link with the text “{text}” goes elsewhere; the links cannot be told apart.",
        ),
        suggestion=Text(
            de="Geben Sie jedem Link einen eigenen Text, der sein Ziel nennt.",
            en="Give each link its own text that names its target.",
        ),
        check=_same_text,
        bad=(ex('<a href="/kurse/deutsch">Anmeldung</a> <a href="/kurse/englisch">Anmeldung</a>'),),
        good=(
            ex(
                '<a href="/kurse/deutsch">Anmeldung Deutschkurs</a> <a href="/kurse/deutsch/">Anmeldung Deutschkurs</a>'
            ),
        ),
    ),
)
