"""Normalising, sentence splitting and tokenising, done once per analysed text.

The analysed text is the normalised text: runs of white space collapse to one space, paragraphs are
separated by one blank line, and hard line breaks (one sentence per line, as Leichte Sprache writes)
stay. Extra blank lines, other white space or wrapping HTML therefore give the same analysed text.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass, field
from typing import NamedTuple

from plainlanguage.data import german
from plainlanguage.htmltext import html_to_text

_SPACES = re.compile(r"[^\S\n]+")
_INVISIBLE = re.compile(r"[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_PARAGRAPHS = re.compile(r"\n\s*\n")
_LIST_MARKER = re.compile(r"^(?:[-–•*·▪◦]\s|\d{1,2}[.)]\s)")
# A line at least this long that does not end a sentence is taken as hard-wrapped prose.
WRAPPED_LINE_LENGTH = 60

TOKEN = re.compile(r"\d+(?:[.,:]\d+)*|[^\W\d_]+(?:[·•∙‧'’\-]?[^\W_]+)*")
_CANDIDATE_END = re.compile(r"[.!?…]+[\"'»«“”‘’)\]]*(?= )")
_LAST_WORD = re.compile(r"(\S+)$")
_NEXT_WORD = re.compile(r"\S+")


class Token(NamedTuple):
    text: str
    start: int
    end: int

    @property
    def is_number(self) -> bool:
        return self.text[0].isdigit()


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    text: str
    tokens: list[Token]

    @property
    def words(self) -> int:
        return len(self.tokens)


@dataclass(slots=True)
class Document:
    text: str
    language: str
    sentences: list[Sentence]
    glossary: frozenset[str] = frozenset()
    metrics: dict[str, float] = field(default_factory=dict)

    @property
    def tokens(self) -> list[Token]:
        return [token for sentence in self.sentences for token in sentence.tokens]


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub(" ", _INVISIBLE.sub("", text))
    return _SPACES.sub(" ", text)


def _is_soft_wrap(previous: str, line: str) -> bool:
    return (
        len(previous) >= WRAPPED_LINE_LENGTH and previous[-1] not in ".!?:…" and not _LIST_MARKER.match(line)
    )


def normalise(text: str, *, html: bool = False) -> str:
    """Return the analysed form of ``text`` (see the module docstring)."""
    if html:
        text = html_to_text(text)
    paragraphs = []
    for paragraph in _PARAGRAPHS.split(_clean(text)):
        lines = [line.strip() for line in paragraph.split("\n")]
        lines = [line for line in lines if line]
        if not lines:
            continue
        merged = lines[0]
        for previous, line in itertools.pairwise(lines):
            merged += " " + line if not html and _is_soft_wrap(previous, line) else "\n" + line
        paragraphs.append(merged)
    return "\n\n".join(paragraphs)


def _is_sentence_end(line: str, match: re.Match[str]) -> bool:
    following = _NEXT_WORD.match(line, match.end() + 1)
    if following is None:
        return False
    next_word = following.group()
    if next_word[0].islower():
        return False  # "z. B. der", "usw. und"
    if match.group() != ".":
        return True
    before = _LAST_WORD.search(line, 0, match.start())
    if before is None:
        return True
    word = before.group(1).lower().lstrip("([{\"'„“‚‘«»")
    if word in german.ABBREVIATIONS_NOT_ENDING or (len(word) == 1 and word.isalpha()):
        return False
    if word.isdigit():
        return not _is_ordinal(line, before.start(), next_word)
    return True


def _is_ordinal(line: str, number_start: int, next_word: str) -> bool:
    if next_word.strip(",.;:").lower() in german.MONTHS:
        return True
    previous = _LAST_WORD.search(line, 0, max(0, number_start - 1))
    return previous is not None and previous.group(1).lower() in german.ORDINAL_CONTEXT


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) spans of the sentences of normalised ``text``."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        start = 0
        for match in _CANDIDATE_END.finditer(line):
            if _is_sentence_end(line, match):
                spans.append((offset + start, offset + match.end()))
                start = match.end() + 1
        if start < len(line):
            spans.append((offset + start, offset + len(line)))
        offset += len(line) + 1
    return spans


def build_document(text: str, language: str, *, html: bool = False) -> Document:
    analysed = normalise(text, html=html)
    sentences = []
    for start, end in split_sentences(analysed):
        tokens = [Token(m.group(), m.start(), m.end()) for m in TOKEN.finditer(analysed, start, end)]
        if tokens:  # a line of only symbols or emoji is no sentence
            sentences.append(Sentence(start, end, analysed[start:end], tokens))
    return Document(analysed, language, sentences)
