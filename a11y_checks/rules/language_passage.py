"""A passage in another language needs a lang attribute, or it is read with the wrong voice."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from bs4 import NavigableString, Tag

from checkreport import Text

from ..data.words import LANGUAGE_NAMES, THRESHOLDS
from ..dom import TAG, Page, normalise_space
from ..language_id import may_contain_other, other_language, words_may_contain_other
from ..registry import Hit, Rule
from ._helpers import ex

_BLOCKS = frozenset("p li blockquote td th h1 h2 h3 h4 h5 h6 figcaption caption dd dt".split())
_SKIP = frozenset({"script", "style", "code", "pre", "kbd", "samp", "template"})
_QUOTED = re.compile(r"[„“\"»«‚‘']([^„“”\"»«‚‘’']{12,})[“”\"«»‘’']")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# A run of tags between two letters (``Wor<b>t``; any \w letter, a superset of str.isalpha). It
# starts with its literal "<" so the search skips from "<" to "<" instead of trying every position.
_TAGS_IN_A_WORD = re.compile(r"<(?<=[^\W\d_]<)[^>]*>(?:<[^>]*>)*(?=[^\W\d_])")


def _own_text(page: Page, block: Tag) -> str:
    """Text of the block, without nested blocks and without parts that carry their own lang."""
    parts: list[str] = []
    stack = list(reversed(block.contents))
    while stack:
        node = stack.pop()
        if isinstance(node, Tag):
            if node.name in _BLOCKS or node.name in _SKIP or "lang" in node.attrs or page.is_hidden(node):
                parts.append(" ")
                continue
            stack.extend(reversed(node.contents))
        elif type(node) is NavigableString:
            parts.append(str(node))
    return normalise_space("".join(parts))


def _every_word(page: Page) -> frozenset[str]:
    """Words holding every word any block's text can hold: the page's text with its tags read as
    breaks, and where a tag stands inside a word (``Wor<b>t</b>``), also read as nothing."""
    if not _TAGS_IN_A_WORD.search(page.source):
        return page.plain_words
    return page.plain_words.union(html.unescape(TAG.sub("", page.source)).split())


def _segments(text: str) -> list[str]:
    return [match.group(1) for match in _QUOTED.finditer(text)] + _SENTENCE_END.split(text)


def _unmarked_passages(page: Page) -> Iterator[Hit]:
    page_lang = page.lang_of(page.html_element) if page.html_element is not None else page.default_lang
    primary = page_lang.split("-")[0].lower()
    # A block's words are a subset of the page's: where the page's whole text shows nothing foreign
    # to its language, no block in that language can (blocks marked with another lang still can).
    page_is_clean = not words_may_contain_other(_every_word(page), primary)
    if page_is_clean and not any(node.name != "html" for node in page.with_lang):
        return  # one language declared and nothing foreign anywhere on the page
    candidates = []
    for block in page.tagged(_BLOCKS):
        if page.is_excluded(block):
            continue
        lang = page.lang_of(block)
        if page_is_clean and lang == page_lang:
            continue  # (most blocks: the page's own language, known without splitting the tag)
        expected = lang.split("-")[0].lower()
        if page_is_clean and expected == primary:
            continue
        text = _own_text(page, block)
        if len(text) >= 20:
            candidates.append((block, text, expected))
    # One first look per language at all its blocks together: a block's words are a subset of its
    # language's, so a language whose blocks together show nothing foreign needs no look per block.
    by_language: dict[str, list[str]] = {}
    for _block, text, expected in candidates:
        by_language.setdefault(expected, []).append(text)
    suspect = {lang for lang, texts in by_language.items() if may_contain_other(" ".join(texts), lang)}
    for block, text, expected in candidates:
        if expected not in suspect or not may_contain_other(text, expected):
            continue
        for segment in _segments(text):
            found = other_language(segment, expected, min_words=THRESHOLDS["passage_min_words"])
            if found:
                de, en = LANGUAGE_NAMES.get(found, (found, found))
                yield Hit(
                    block,
                    params={"language_de": de, "language_en": en, "code": found, "passage": segment[:60]},
                )
                break


RULES = (
    Rule(
        id="language-of-parts",
        kind="html",
        severity="warning",
        wcag=("3.1.2",),
        title=Text(
            de="Anderssprachige Passagen sind ausgezeichnet", en="Passages in other languages are marked"
        ),
        message=Text(
            de="„{passage}“ ist vermutlich {language_de}, aber nicht mit lang ausgezeichnet; der Screenreader liest es mit falscher Aussprache.",
            en="“{passage}” seems to be {language_en} but is not marked with lang; the screen reader reads it with the wrong pronunciation.",
        ),
        suggestion=Text(
            de='Setzen Sie die Passage in ein Element mit lang="{code}" (im Editor: Sprache auszeichnen).',
            en='Put the passage in an element with lang="{code}" (in the editor: mark the language).',
        ),
        check=_unmarked_passages,
        bad=(
            ex("<p>Die Bürgermeisterin sagte: „Integration is a shared task of all of us in this city.“</p>"),
            ex("<p>The motto of the week was „Dresden ist offen und bunt für alle Menschen“.</p>", lang="en"),
        ),
        good=(
            ex(
                '<p>Die Bürgermeisterin sagte: <q lang="en">Integration is a shared task of all of us in this city.</q></p>'
            ),
            ex("<p>Das Team hat ein Meeting zum Thema Diversity Management und Social Media.</p>"),
            ex("<p>Integration is a shared task of all of us in this city.</p>", lang="en"),
        ),
    ),
)
