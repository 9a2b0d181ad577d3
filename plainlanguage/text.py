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
from functools import lru_cache
from itertools import compress, repeat
from operator import itemgetter
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
_CLAUSE_MARKS = ",;:–—()[]"  # clause punctuation, found with positions_of
# Addresses are read as a whole and are no words to check.
_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s<>\"]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Longer runs of words without an end (tables, lists, pasted data) are cut into parts this long,
# which keeps every rule linear in the length of the text.
MAX_SENTENCE_TOKENS = 150
T = TypeVar("T")
_MISSING = object()


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
            for token in flat_tokens(self)[0]:
                found[token[0]].append(token)
            return dict(found)

        return self.memo("occurrences", index)

    def memo(self, key: Hashable, compute: Callable[[], T]) -> T:
        value = self.cache.get(key, _MISSING)
        if value is _MISSING:
            value = self.cache[key] = compute()
        return value

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
    # The next word starts one character after the mark (a space follows every candidate end).
    following = match.end() + 1
    if following == len(line) or line[following].isspace() or line[following].islower():
        return False  # no next word on this line; "z. B. der", "usw. und"
    if match.end() - match.start() != 1 or line[match.start()] != ".":
        return True
    word, word_start = _word_before(line, match.start())
    word = word.lower().lstrip("([{\"'„“‚‘«»")
    if word in german.ABBREVIATIONS_NOT_ENDING or (len(word) == 1 and word.isalpha()):
        return False
    if word.isdigit():
        next_word = _NEXT_WORD.match(line, following).group()  # type: ignore[union-attr]
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


def positions_of(text: str, characters: str) -> list[int]:
    """Offsets of every occurrence of any of ``characters`` in ``text``, in order.

    For rules that look for a few rare characters: str.find skips ahead in C, where a regex with a
    character class tests every character of the text.
    """
    found = []
    for character in characters:
        position = text.find(character)
        while position >= 0:
            found.append(position)
            position = text.find(character, position + 1)
    found.sort()
    return found


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) spans of the sentences of normalised ``text``."""
    spans: list[tuple[int, int]] = []
    offset = 0
    # _CANDIDATE_END starts with one of the end marks: trying it at each of them in turn, from the
    # end of the last match on, finds what finditer finds.
    marks, next_mark = positions_of(text, ".!?…"), 0
    for line in text.split("\n"):
        start = resume = 0
        line_end = offset + len(line)
        while next_mark < len(marks) and marks[next_mark] < line_end:
            at = marks[next_mark] - offset
            next_mark += 1
            if at < resume:
                continue
            match = _CANDIDATE_END.match(line, at)
            if match is None:
                continue
            resume = match.end()
            if _is_sentence_end(line, match):
                spans.append((offset + start, offset + match.end()))
                start = match.end() + 1
        if start < len(line):
            spans.append((offset + start, offset + len(line)))
        offset += len(line) + 1
    return spans


_new_token = tuple.__new__  # skips NamedTuple's Python-level constructor on the hot path
# Chunks of text between spaces up to this length have their tokens cached: a page repeats most of
# its words with the same punctuation ("Dresden.", "2022,"); longer ones would only fill the cache.
MAX_CACHED_CHUNK = 64


@lru_cache(maxsize=16384)
def _chunk_tokens(chunk: str) -> tuple[tuple[str, int, int], ...]:
    """The tokens of a space-free ``chunk`` with their offsets in it."""
    return tuple((match.group(), *match.span()) for match in TOKEN.finditer(chunk))


def _all_tokens(text: str) -> tuple[list[Token], list[int]]:
    """Every token of ``text`` and their start offsets, in text order.

    No token holds a space or a line break, so the text is read chunk by chunk between them, which
    gives the same tokens as running TOKEN over the whole text: a chunk of letters only (most of
    them) is one token, checked in C by str.isalpha; the regex reads only the other chunks.
    """
    tokens: list[Token] = []
    append = tokens.append
    position = 0
    for chunk in text.replace("\n", " ").split(" "):
        length = len(chunk)
        if chunk.isalpha():
            append(_new_token(Token, (chunk, position, position + length)))
        elif chunk:
            found = _chunk_tokens(chunk) if length <= MAX_CACHED_CHUNK else _chunk_tokens.__wrapped__(chunk)
            for word, start, end in found:
                append(_new_token(Token, (word, position + start, position + end)))
        position += length + 1
    return tokens, list(map(itemgetter(1), tokens))


def _clause_marks(
    text: str, tokens: list[Token], starts: list[int], firsts: set[int]
) -> tuple[list[bool], list[bool]]:
    """Whether clause punctuation (any, a comma) stands before each token, in one pass over the text.

    Punctuation before the first word of a sentence (index in ``firsts``) opens no clause; inside a
    token ("9:30") it is no break.
    """
    breaks, commas = [False] * len(tokens), [False] * len(tokens)
    for position in positions_of(text, _CLAUSE_MARKS):
        index = bisect_left(starts, position)
        if 0 < index < len(tokens) and index not in firsts and position >= tokens[index - 1][2]:
            breaks[index] = True
            if text[position] == ",":
                commas[index] = True
    return breaks, commas


def build_document(text: str, language: str, *, html: bool = False) -> Document:
    analysed = normalise(text, html=html)
    all_tokens, all_starts = _all_tokens(analysed)
    if "@" in analysed or "ww" in analysed:
        addresses = [m.span() for m in _ADDRESS.finditer(analysed)]
        if addresses:
            # Drop the tokens that start inside an address: a range of the sorted tokens for each.
            keep = [True] * len(all_tokens)
            for address_start, address_end in addresses:
                first = bisect_left(all_starts, address_start)
                stop = bisect_left(all_starts, address_end, first)
                keep[first:stop] = repeat(False, stop - first)
            all_tokens = list(compress(all_tokens, keep))
            all_starts = list(compress(all_starts, keep))
    # Lower-cased in one call: no token holds a NUL, and case mapping never crosses one.
    all_lower = "\x00".join(map(itemgetter(0), all_tokens)).lower().split("\x00") if all_tokens else []
    # Sentences as (start, end, first token, stop token): longer ones are cut into parts of at most
    # MAX_SENTENCE_TOKENS tokens; a line of only symbols or emoji has no tokens and is no sentence.
    parts: list[tuple[int, int, int, int]] = []
    first_token = 0
    for start, end in split_sentences(analysed):
        first_token = bisect_left(all_starts, start, first_token)
        stop = bisect_left(all_starts, end, first_token)
        for first in range(first_token, stop, MAX_SENTENCE_TOKENS):
            last = min(first + MAX_SENTENCE_TOKENS, stop)
            part_start = start if first == first_token else all_tokens[first].start
            part_end = end if last == stop else all_tokens[last - 1].end
            parts.append((part_start, part_end, first, last))
        first_token = stop
    breaks, commas = _clause_marks(analysed, all_tokens, all_starts, {part[2] for part in parts})
    sentences = [
        Sentence(start, end, analysed[start:end], all_tokens[a:b], all_lower[a:b], breaks[a:b], commas[a:b])
        for start, end, a, b in parts
    ]
    document = Document(analysed, language, sentences)
    if sum(b - a for _, _, a, b in parts) == len(all_tokens):  # the sentences hold every token
        document.cache[_FLAT_TOKENS] = all_tokens, all_starts
    return document


_FLAT_TOKENS = "flat-tokens"


def flat_tokens(document: Document) -> tuple[list[Token], list[int]]:
    """The tokens of all sentences in text order and their start offsets, once per text.

    For rules that go through the whole text at once (or look up a word by its offset) rather
    than sentence by sentence; ``build_document`` has them already.
    """

    def collect() -> tuple[list[Token], list[int]]:
        tokens = [token for sentence in document.sentences for token in sentence.tokens]
        return tokens, [token.start for token in tokens]

    return document.memo(_FLAT_TOKENS, collect)


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
