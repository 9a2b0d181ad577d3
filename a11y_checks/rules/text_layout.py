"""Author rules for text: lists typed by hand, ALL CAPS passages, blockquotes used for layout."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from bs4 import Tag

from checkreport import Text

from ..data.words import THRESHOLDS
from ..dom import Page, normalise_space
from ..registry import Hit, Rule
from ._helpers import ex

_BULLETS = frozenset("-–—•·*○◦▪■□►▶→✓✔➢➤⊙»")
_ORDERED = re.compile(r"^\(?(\d{1,2}|[a-z])[.)]\s+\S", re.I)
_BLOCKS = frozenset("p li h1 h2 h3 h4 h5 h6 td th blockquote dd dt figcaption caption".split())
_CAPS_WORD = re.compile(r"\b[^\W\d_]{2,}\b")


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
        if (
            id(paragraph) in reported
            or page.is_excluded(paragraph)
            or paragraph.find_parent(["table", "ul", "ol"])
        ):
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


def _own_text(node: Tag) -> str:
    parts = []
    for text in node.find_all(string=True):
        owner = next((p for p in text.parents if isinstance(p, Tag) and p.name in _BLOCKS), None)
        if owner is node:
            parts.append(str(text))
    return normalise_space(" ".join(parts))


def _all_caps(page: Page) -> Iterator[Hit]:
    for node in page.elements:
        if node.name not in _BLOCKS or page.is_excluded(node):
            continue
        run = letters = 0
        for word in _CAPS_WORD.findall(_own_text(node)):
            if word.isupper():
                run, letters = run + 1, letters + len(word)
                if run >= THRESHOLDS["caps_min_words"] and letters >= THRESHOLDS["caps_min_letters"]:
                    yield Hit(node)
                    break
            else:
                run = letters = 0


def _short_quotes(page: Page) -> Iterator[Hit]:
    for node in page.by_tag.get("blockquote", ()):
        text = normalise_space(node.get_text(" "))
        if text and len(text) < THRESHOLDS["blockquote_min_chars"] and not page.is_excluded(node):
            yield Hit(node, params={"text": text})


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
    Rule(
        id="all-caps",
        kind="html",
        severity="warning",
        wcag=(),
        practice="Editoria11y textUppercase, Sa11y; BITV-Test 9.1.4.8 (readability)",
        title=Text(de="Kein Text in Großbuchstaben", en="No text in capitals"),
        message=Text(
            de="Eine Passage steht ganz in Großbuchstaben; sie ist schwer zu lesen und wird teils buchstabiert.",
            en="A passage is written in capitals; it is hard to read and sometimes spelled out.",
        ),
        suggestion=Text(
            de="Schreiben Sie normal; zur Betonung genügt Fettdruck.",
            en="Write in normal case; use bold for emphasis.",
        ),
        check=_all_caps,
        bad=(ex("<p>ANMELDUNG NUR MIT TERMIN IM BÜRGERBÜRO</p>"),),
        good=(
            ex("<p>Das BAMF und die IHK beraten zur Anerkennung (EU-Recht).</p>"),
            ex("<p>Anmeldung nur mit Termin</p>"),
        ),
    ),
    Rule(
        id="blockquote-short",
        kind="html",
        severity="warning",
        wcag=("1.3.1",),
        title=Text(de="Zitat-Element nur für Zitate", en="Quote element only for quotes"),
        message=Text(
            de="„{text}“ ist als Zitat ausgezeichnet, aber sehr kurz: Wird <blockquote> hier zur Hervorhebung benutzt?",
            en="“{text}” is marked up as a quote but very short: is <blockquote> used for emphasis here?",
        ),
        suggestion=Text(
            de="Verwenden Sie eine Überschrift oder Fettdruck, wenn es kein Zitat ist.",
            en="Use a heading or bold text if it is not a quotation.",
        ),
        check=_short_quotes,
        bad=(ex("<blockquote>Wichtig!</blockquote>"),),
        good=(ex("<blockquote>Integration ist eine Aufgabe der ganzen Stadtgesellschaft.</blockquote>"),),
    ),
)
