"""A paragraph set all in bold that stands in for a heading."""

from __future__ import annotations

from collections.abc import Iterator

from bs4 import NavigableString, Tag

from checkreport import Text

from ..data.words import THRESHOLDS
from ..dom import Page, ancestor, normalise_space
from ..registry import Hit, Rule
from ._helpers import ex

_BOLD = frozenset({"b", "strong"})


def _all_bold(paragraph: Tag) -> bool:
    """Every piece of text of the paragraph sits inside <b> or <strong>."""
    found = False
    for text in paragraph.descendants:
        if type(text) is not NavigableString or not text.strip():
            continue
        if not any(isinstance(p, Tag) and p.name in _BOLD for p in text.parents if p is not paragraph.parent):
            return False
        found = True
    return found


def _has_own_text(paragraph: Tag) -> bool:
    # a loop rather than any(generator): this runs for every paragraph of the page
    for child in paragraph.contents:
        if type(child) is NavigableString and child.strip():
            return True
    return False


def _bold_paragraphs(page: Page) -> Iterator[Hit]:
    for node in page.by_tag.get("p", ()):
        if _has_own_text(node):
            continue  # text directly in the paragraph: not all bold
        if page.is_excluded(node) or ancestor(node, "table", "li", "blockquote") is not None:
            continue
        text = normalise_space(node.get_text(" "))
        if not text or len(text) > THRESHOLDS["bold_heading_max_chars"] or text[-1] in ".,;:!?…":
            continue
        # _all_bold first: it rules out most short paragraphs faster than bs4's find().
        if _all_bold(node) and node.find("br") is None:
            yield Hit(node, params={"text": text[:60]})


RULES = (
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
