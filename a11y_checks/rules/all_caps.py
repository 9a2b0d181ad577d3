"""Passages written in capitals."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bs4 import NavigableString, Tag

from checkreport import Text

from ..data.words import THRESHOLDS
from ..dom import Page, normalise_space
from ..registry import Hit, Rule
from ._helpers import ex

_BLOCKS = frozenset("p li h1 h2 h3 h4 h5 h6 td th blockquote dd dt figcaption caption".split())


_CAPS_WORD = re.compile(r"\b[^\W\d_]{2,}\b")


_CAPS = r"[^\W\d_a-zß-ÿ]"  # a letter that is not a Latin lower-case one
# Four such words in a row: (?:\bC{2,}\b\W+){3}\bC{2,}\b. Written to start with the bare class
# (the look-behind stands for the first \b), so the regex engine skips ahead to candidate letters
# instead of trying every position of a long page: the same matches, about 2.5x faster.
_CAPS_CANDIDATE = re.compile(
    rf"{_CAPS}(?<!\w{_CAPS}){_CAPS}+\b\W+(?:\b{_CAPS}{{2,}}\b\W+){{2}}\b{_CAPS}{{2,}}\b"
)

_CAPS_WORD_OF_TWO = re.compile(rf"{_CAPS}(?<!\w{_CAPS}){_CAPS}+\b")  # \bC{2,}\b, written as above


def _own_text(node: Tag) -> str:
    """Text of a block without the text of blocks nested in it (each text is read once)."""
    parts: list[str] = []
    stack = list(node.contents)
    while stack:
        child = stack.pop()
        if isinstance(child, Tag):
            if child.name not in _BLOCKS:
                stack.extend(child.contents)
        elif type(child) is NavigableString:
            parts.append(str(child))
    return normalise_space(" ".join(reversed(parts)))


def _all_caps(page: Page) -> Iterator[Hit]:
    # A match holds a word of two capitals or more, which is one of the page's words or part of one:
    # without such words (most pages), the page's text need not be searched.
    if not _CAPS_WORD_OF_TWO.search(" ".join(page.plain_words)) or not _CAPS_CANDIDATE.search(
        page.plain_text
    ):
        return
    for node in page.tagged(_BLOCKS):
        if page.is_excluded(node):
            continue
        text = _own_text(node)
        if not _CAPS_CANDIDATE.search(text):
            continue
        run = letters = 0
        for word in _CAPS_WORD.findall(text):
            if word.isupper():
                run, letters = run + 1, letters + len(word)
                if run >= THRESHOLDS["caps_min_words"] and letters >= THRESHOLDS["caps_min_letters"]:
                    yield Hit(node)
                    break
            else:
                run = letters = 0


RULES = (
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
)
