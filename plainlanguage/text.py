"""Normalising, sentence splitting and tokenising, done once per analysed text.

The analysed text is the normalised text: runs of white space collapse to one space, paragraphs are
separated by one blank line, and hard line breaks (one sentence per line, as Leichte Sprache writes)
stay. Extra blank lines, other white space or wrapping HTML therefore give the same analysed text.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from itertools import accumulate, repeat
from typing import Any, NamedTuple, TypeVar

from plainlanguage.data import german
from plainlanguage.htmltext import html_to_text

_SPACES = re.compile(r"[^\S\n]+")
_INVISIBLE = re.compile(r"[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# White space other than the space and the line break (every character for which str.isspace()).
OTHER_SPACE = "\t\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
# One character class for all _INVISIBLE, _CONTROL or _SPACES would change, but two spaces.
_UNUSUAL = re.compile(f"[{_INVISIBLE.pattern[1:-1]}{_CONTROL.pattern[1:-1]}{OTHER_SPACE}]")
_PARAGRAPHS = re.compile(r"\n\s*\n")
_LIST_MARKER = re.compile(r"^(?:[-–•*·▪◦]\s|\d{1,2}[.)]\s)")
# A line at least this long that does not end a sentence is taken as hard-wrapped prose.
WRAPPED_LINE_LENGTH = 60

# A number ("23.06.2022", "2,5") or a word, with inner marks ("Kinder·garten", "e-mail"). Written
# so the regex engine never backtracks: the look-ahead skips non-word characters at once, and the
# possessive quantifiers give nothing back (what follows each part can never start inside it).
# The same tokens as r"\d+(?:[.,:]\d+)*|[^\W\d_][^\W_]*(?:[·•∙‧'’\-][^\W_]+)*", in half the time.
TOKEN = re.compile(r"(?=\w)(?:\d++(?:[.,:]\d++)*+|[^\W\d_][^\W_]*+(?:[·•∙‧'’\-][^\W_]++)*+)")
_CANDIDATE_END = re.compile(r"[.!?…]+[\"'»«“”‘’)\]]*(?= )")
_NEXT_WORD = re.compile(r"\S+")
_CLAUSE_MARK = re.compile(r"[,;:–—()\[\]]")
# Addresses are read as a whole and are no words to check.
_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s<>\"]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Longer runs of words without an end (tables, lists, pasted data) are cut into parts this long,
# which keeps every rule linear in the length of the text.
MAX_SENTENCE_TOKENS = 150
T = TypeVar("T")


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
    lower: list[str] = field(default_factory=list)  # the tokens in lower case
    breaks: list[bool] = field(default_factory=list)  # clause punctuation (, ; : – brackets) before token i
    commas: list[bool] = field(default_factory=list)  # a comma before token i

    @property
    def words(self) -> int:
        return len(self.tokens)


@dataclass(slots=True)
class Document:
    text: str
    language: str
    sentences: list[Sentence]
    glossary: frozenset[str] = frozenset()  # casefolded terms the site explains
    metrics: dict[str, float] = field(default_factory=dict)
    # Results that several rules share (passive phrases, clauses ...), computed once per text.
    cache: dict[Hashable, Any] = field(default_factory=dict)

    def explains(self, word: str) -> bool:
        """Whether the site's glossary explains ``word`` (compared case-insensitively)."""
        return word.casefold() in self.glossary

    def defines(self, word: str) -> bool:
        """Whether the glossary or the text itself explains ``word`` ("Ein Beirat ist eine Gruppe")."""
        return word.casefold() in explained_terms(self)

    def occurrences(self) -> dict[str, list[Token]]:
        """Each distinct word with its tokens in text order, once per text.

        Rules that judge a word by itself look at each distinct word once: a page repeats most words.
        """

        def index() -> dict[str, list[Token]]:
            found: defaultdict[str, list[Token]] = defaultdict(list)
            for sentence in self.sentences:
                for token in sentence.tokens:
                    found[token[0]].append(token)
            return dict(found)

        return self.memo("occurrences", index)

    def memo(self, key: Hashable, compute: Callable[[], T]) -> T:
        if key not in self.cache:
            self.cache[key] = compute()
        return self.cache[key]

    @property
    def tokens(self) -> list[Token]:
        return [token for sentence in self.sentences for token in sentence.tokens]


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    if "  " not in text and not _UNUSUAL.search(text):
        return text  # most texts: two quick searches instead of three substitutions
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
    word, word_start = _word_before(line, match.start())
    word = word.lower().lstrip("([{\"'„“‚‘«»")
    if word in german.ABBREVIATIONS_NOT_ENDING or (len(word) == 1 and word.isalpha()):
        return False
    if word.isdigit():
        return not _is_ordinal(line, word_start, next_word)
    return True


def _word_before(line: str, end: int) -> tuple[str, int]:
    start = line.rfind(" ", 0, end) + 1
    return line[start:end], start


def _is_ordinal(line: str, number_start: int, next_word: str) -> bool:
    if next_word.strip(",.;:").lower() in german.MONTHS:
        return True
    previous, _ = _word_before(line, max(0, number_start - 1))
    return previous.lower() in german.ORDINAL_CONTEXT


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


_new_token = tuple.__new__  # skips NamedTuple's Python-level constructor on the hot path
_TOKEN_SPLIT = re.compile(f"({TOKEN.pattern})")


def _all_tokens(text: str) -> tuple[list[Token], list[int]]:
    """Every token of ``text`` and their start offsets, found in one pass over the whole text.

    Splitting with a capturing group yields gap, token, gap, token, ...; the running sum of their
    lengths gives every offset without a Python-level loop. Sentences never cut through a token.
    """
    parts = _TOKEN_SPLIT.split(text)
    bounds = list(accumulate(map(len, parts)))
    starts = bounds[0:-1:2]
    tokens = list(map(_new_token, repeat(Token), zip(parts[1::2], starts, bounds[1::2], strict=True)))
    return tokens, starts


def _sentence(
    text: str, start: int, end: int, tokens: list[Token], starts: list[int], lower: list[str]
) -> Sentence:
    breaks, commas = [False] * len(tokens), [False] * len(tokens)
    if _CLAUSE_MARK.search(text, start, end):
        for match in _CLAUSE_MARK.finditer(text, start, end):
            index = bisect_left(starts, match.start())
            # Punctuation before the first word opens no clause; inside a token ("9:30") it is no break.
            if 0 < index < len(tokens) and match.start() >= tokens[index - 1].end:
                breaks[index] = True
                commas[index] = commas[index] or match.group() == ","
    return Sentence(start, end, text[start:end], tokens, lower, breaks, commas)


def build_document(text: str, language: str, *, html: bool = False) -> Document:
    analysed = normalise(text, html=html)
    all_tokens, all_starts = _all_tokens(analysed)
    if "@" in analysed or "ww" in analysed:
        addresses = [m.span() for m in _ADDRESS.finditer(analysed)]
        if addresses:
            all_tokens = [t for t in all_tokens if not any(a <= t.start < b for a, b in addresses)]
            all_starts = [t.start for t in all_tokens]
    # Lower-cased in one call: no token holds a NUL, and case mapping never crosses one.
    all_lower = "\x00".join([token[0] for token in all_tokens]).lower().split("\x00") if all_tokens else []
    sentences, first_token = [], 0
    for start, end in split_sentences(analysed):
        first_token = bisect_left(all_starts, start, first_token)
        stop = bisect_left(all_starts, end, first_token)
        tokens, starts = all_tokens[first_token:stop], all_starts[first_token:stop]
        lower = all_lower[first_token:stop]
        first_token = stop
        # A line of only symbols or emoji is no sentence.
        for first in range(0, len(tokens), MAX_SENTENCE_TOKENS):
            part = tokens[first : first + MAX_SENTENCE_TOKENS]
            part_start = start if first == 0 else part[0].start
            part_end = end if first + MAX_SENTENCE_TOKENS >= len(tokens) else part[-1].end
            part_starts = starts[first : first + MAX_SENTENCE_TOKENS]
            part_lower = lower[first : first + MAX_SENTENCE_TOKENS]
            sentences.append(_sentence(analysed, part_start, part_end, part, part_starts, part_lower))
    return Document(analysed, language, sentences)


def number_tokens(document: Document) -> list[Token]:
    """The tokens that are numbers ("5", "23.06.2022", "2,5"), found once per text."""

    def find() -> list[Token]:
        found = [t for word, tokens in document.occurrences().items() if word[0].isdigit() for t in tokens]
        return sorted(found, key=lambda token: token.start)

    return document.memo("numbers", find)


_DEFINING = german.EXPLAINING | {"ist"}


def explained_terms(document: Document) -> frozenset[str]:
    """Casefolded words the glossary or the text explains: "Inklusion heißt: ...", "X ist ein ..."."""

    def find() -> frozenset[str]:
        terms = set(document.glossary)
        for sentence in document.sentences:
            words = sentence.lower
            if _DEFINING.isdisjoint(words):
                continue
            for i, word in enumerate(words[1:-1], start=1):
                if word in german.EXPLAINING or (word == "ist" and words[i + 1] in ("ein", "eine")):
                    terms.add(words[i - 1].casefold())
        return frozenset(terms)

    return document.memo("explained-terms", find)
