"""Lists typed by hand: lines starting with „- “, „• “ or „1.“ instead of a real list."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from bs4 import Tag

from checkreport import Text

from ..dom import Page, ancestor, normalise_space
from ..registry import Hit, Rule
from ._helpers import ex

_BULLETS = frozenset("-–—•·*○◦▪■□►▶→✓✔➢➤⊙»")


_ORDERED = re.compile(r"^\(?(\d{1,2}|[a-z])[.)]\s+\S", re.I)


def _marker(line: str) -> tuple[str, int] | None:
    """The list marker a line starts with: (kind, number) — bullets by character, emoji as one."""
    line = line.strip()
    if len(line) < 3:
        return None
    first = line[0]
    if (first in _BULLETS or unicodedata.category(first) == "So") and line[1] in " \u00a0\t":
        if not line[2:].strip():
            return None
        return ("emoji" if unicodedata.category(first) == "So" and ord(first) > 0x2700 else first), 0
    match = _ORDERED.match(line)
    if match:
        token = match.group(1).lower()
        number = int(token) if token.isdigit() else ord(token) - ord("a") + 1
        return (
            "ordered-" + ("num" if token.isdigit() else "alpha") + ("-paren" if line[0] == "(" else ""),
            number,
        )
    return None


def _continues(previous: tuple[str, int], current: tuple[str, int]) -> bool:
    """Same marker kind; numbered markers must count up by one."""
    return previous[0] == current[0] and (
        not current[0].startswith("ordered") or current[1] == previous[1] + 1
    )


def _lines(page: Page, paragraph: Tag) -> list[str]:
    return [line for line in page.visible_text(paragraph).split("\n") if line.strip()]


def _fake_lists(page: Page) -> Iterator[Hit]:
    reported: set[int] = set()
    for paragraph in page.by_tag.get("p", ()):
        if id(paragraph) in reported or page.is_excluded(paragraph):
            continue
        lines = _lines(page, paragraph)
        if lines and _marker(lines[0]) is None:
            continue  # no run starts here (most paragraphs): known before the walk up the tree
        if ancestor(paragraph, "table", "ul", "ol"):
            continue
        run: list[tuple[Tag, tuple[str, int]]] = []
        node: Tag | None = paragraph
        while node is not None and node.name == "p":
            for line in _lines(page, node):
                marker = _marker(line)
                if marker is None or (run and not _continues(run[-1][1], marker)):
                    break
                run.append((node, marker))
            else:
                reported.add(id(node))
                node = node.find_next_sibling()
                continue
            break
        if len(run) >= 2:
            reported.update(id(n) for n, _ in run)
            yield Hit(run[0][0], params={"marker": normalise_space(_lines(page, run[0][0])[0])[:3]})


RULES = (
    Rule(
        id="fake-list",
        kind="html",
        severity="warning",
        wcag=("1.3.1",),
        title=Text(de="Listen als echte Listen", en="Lists as real lists"),
        message=Text(
            de="Diese Zeilen beginnen mit „{marker}“ und sehen wie eine Liste aus, sind aber keine.",
            en="These lines start with “{marker}” and look like a list, but are not one.",
        ),
        suggestion=Text(
            de="Verwenden Sie die Aufzählungs- oder Nummerierungs-Schaltfläche des Editors.",
            en="Use the editor's bulleted or numbered list button.",
        ),
        check=_fake_lists,
        bad=(
            ex("<p>- Sprachkurse</p><p>- Beratung</p>"),
            ex("<p>1. Anmelden<br>2. Teilnehmen</p>"),
            ex("<p>• Kita</p><p>• Schule</p>"),
        ),
        good=(
            ex("<ul><li>Sprachkurse</li><li>Beratung</li></ul>"),
            ex("<p>- Sprachkurse gibt es das ganze Jahr.</p>"),
            ex("<p>11</p><p>12</p>"),
            ex("<p>2024 gab es 12 Kurse.</p><p>2025 gab es 15 Kurse.</p>"),
        ),
    ),
)
