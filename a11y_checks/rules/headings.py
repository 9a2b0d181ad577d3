"""Author rules for headings: no skipped levels, no h1 inside content, not too long, and no bold
paragraph standing in for a heading."""

from __future__ import annotations

from collections.abc import Iterator

from bs4 import NavigableString, Tag

from checkreport import Text

from ..data.words import THRESHOLDS
from ..dom import Page, attr, normalise_space
from ..registry import Hit, Rule
from ._helpers import ex

_LEVELS = {f"h{n}": n for n in range(1, 7)}
_BOLD = frozenset({"b", "strong"})


def heading_level(page: Page, node: Tag) -> int | None:
    if page.role(node) != "heading":
        return None
    level = attr(node, "aria-level").strip()
    if level.isdigit() and 0 < int(level) < 10:
        return int(level)
    return _LEVELS.get(node.name, 2)


def _headings(page: Page) -> Iterator[tuple[Tag, int]]:
    for node in page.elements:
        if node.name in _LEVELS or "role" in node.attrs:
            level = heading_level(page, node)
            if level is not None and not page.is_excluded(node):
                yield node, level


def _skipped(page: Page) -> Iterator[Hit]:
    previous = 1 if page.fragment else None  # a fragment sits under the page's h1
    for node, level in _headings(page):
        if previous is not None and level > previous + 1:
            yield Hit(node, params={"level": level, "expected": previous + 1})
        previous = level


def _h1_in_fragment(page: Page) -> Iterator[Hit]:
    if page.fragment:
        for node, level in _headings(page):
            if level == 1:
                yield Hit(node)


def _too_long(page: Page) -> Iterator[Hit]:
    for node, _ in _headings(page):
        if len(page.name(node)) > THRESHOLDS["heading_max_chars"]:
            yield Hit(node, params={"length": len(page.name(node))})


def _all_bold(paragraph: Tag) -> bool:
    """Every piece of text of the paragraph sits inside <b> or <strong>."""
    found = False
    for text in paragraph.find_all(string=True):
        if type(text) is not NavigableString or not text.strip():
            continue
        if not any(isinstance(p, Tag) and p.name in _BOLD for p in text.parents if p is not paragraph.parent):
            return False
        found = True
    return found


def _bold_paragraphs(page: Page) -> Iterator[Hit]:
    for node in page.by_tag.get("p", ()):
        if page.is_excluded(node) or node.find_parent(["table", "li", "blockquote"]) is not None:
            continue
        text = normalise_space(node.get_text(" "))
        if not text or len(text) > THRESHOLDS["bold_heading_max_chars"] or text[-1] in ".,;:!?…":
            continue
        if node.find("br") is None and _all_bold(node):
            yield Hit(node, params={"text": text[:60]})


RULES = (
    Rule(
        id="heading-order",
        kind="html",
        severity="warning",
        wcag=("1.3.1", "2.4.6"),
        title=Text(de="Überschriften-Ebenen ohne Sprung", en="Heading levels without gaps"),
        message=Text(
            de="Nach der vorigen Überschrift kommt Ebene {level}; erwartet ist höchstens Ebene {expected}.",
            en="After the previous heading comes level {level}; at most level {expected} is expected.",
        ),
        suggestion=Text(
            de="Wählen Sie die Ebene nach der Gliederung, nicht nach der Schriftgröße (im Inhalt beginnt es mit Ebene 2).",
            en="Choose the level by the outline, not by font size (content starts at level 2).",
        ),
        check=_skipped,
        bad=(ex("<h3>Ziele</h3><p>Text</p>"), ex("<h2>Bildung</h2><h4>Kita</h4>")),
        good=(
            ex("<h2>Bildung</h2><h3>Kita</h3><h2>Arbeit</h2>"),
            ex("<h1>Aktionsplan</h1><h2>Ziele</h2>", fragment=False),
        ),
    ),
    Rule(
        id="heading-h1-in-content",
        kind="html",
        severity="warning",
        wcag=("1.3.1",),
        title=Text(de="Keine zweite Hauptüberschrift im Inhalt", en="No second main heading in the content"),
        message=Text(
            de="Der Inhalt enthält eine Überschrift der Ebene 1; die Seite hat ihre Hauptüberschrift schon.",
            en="The content contains a level 1 heading; the page already has its main heading.",
        ),
        suggestion=Text(de="Beginnen Sie im Inhalt mit Ebene 2.", en="Start the content at level 2."),
        check=_h1_in_fragment,
        bad=(ex("<h1>Ziele</h1><p>Text</p>"),),
        good=(ex("<h2>Ziele</h2><p>Text</p>"),),
    ),
    Rule(
        id="heading-too-long",
        kind="html",
        severity="warning",
        wcag=("2.4.6",),
        title=Text(de="Überschriften sind knapp", en="Headings are brief"),
        message=Text(
            de="Die Überschrift hat {length} Zeichen; lange Überschriften erschweren das Überfliegen.",
            en="The heading has {length} characters; long headings make skimming hard.",
        ),
        suggestion=Text(
            de="Kürzen Sie die Überschrift und schreiben Sie den Rest in den Absatz darunter.",
            en="Shorten the heading and move the rest into the paragraph below.",
        ),
        check=_too_long,
        bad=(
            ex(
                "<h2>"
                + "Die Stadt fördert die Teilhabe aller Menschen an Bildung, Arbeit und Kultur " * 2
                + "</h2>"
            ),
        ),
        good=(ex("<h2>Teilhabe an Bildung, Arbeit und Kultur</h2>"),),
    ),
    Rule(
        id="bold-as-heading",
        kind="html",
        severity="warning",
        wcag=("1.3.1",),
        title=Text(de="Fetter Absatz statt Überschrift?", en="Bold paragraph instead of a heading?"),
        message=Text(
            de="„{text}“ ist ganz fett gesetzt und sieht wie eine Überschrift aus, ist aber keine.",
            en="“{text}” is all bold and looks like a heading, but is not one.",
        ),
        suggestion=Text(
            de="Machen Sie daraus eine Überschrift der passenden Ebene, wenn sie einen Abschnitt einleitet.",
            en="Make it a heading of the right level if it introduces a section.",
        ),
        check=_bold_paragraphs,
        bad=(
            ex("<p><strong>Handlungsfeld Bildung</strong></p><p>Die Stadt fördert …</p>"),
            ex("<p><b>Ziele</b></p>"),
        ),
        good=(
            ex("<p><strong>Wichtig:</strong> Anmeldung bis 1. März.</p>"),
            ex("<p><strong>Die Anmeldung endet am 1. März.</strong></p>"),
            ex("<table><tr><td><p><strong>Summe</strong></p></td></tr></table>"),
        ),
    ),
)
