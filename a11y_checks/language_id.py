"""A light language identification for short passages: function-word counts and script.

Good enough to notice an English sentence quoted on a German page (WCAG 3.1.2); it decides only
with clear evidence and otherwise says nothing.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from .data.words import FUNCTION_WORDS, exclusive_words

_WORDS = exclusive_words(FUNCTION_WORDS)
# The exclusive lists are disjoint, so one lookup tells a word's language.
_LANGUAGE_OF = {word: lang for lang, words in _WORDS.items() for word in words}
_TOKEN = re.compile(r"[^\W\d_]+")
_SCRIPTS = (
    ("ru", re.compile(r"[\u0400-\u04ff]"), {"ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "tg", "mn"}),
    ("ar", re.compile(r"[\u0600-\u06ff\u0750-\u077f]"), {"ar", "fa", "ur", "ps", "ku", "prs"}),
)
MIN_HITS = 2
_PUNCTUATION = ".,;:!?()[]{}\"'„“”‚‘’»«–—-…/"
MIN_SHARE = 0.2


def tokens(text: str) -> list[str]:
    return [token.lower() for token in _TOKEN.findall(text)]


_OTHER_SCRIPTS: dict[str, re.Pattern[str] | None] = {}


def _other_scripts(expected: str) -> re.Pattern[str] | None:
    """One pattern for the letters of every script that ``expected`` is not written in."""
    if expected not in _OTHER_SCRIPTS:
        ranges = [p.pattern[1:-1] for _, p, members in _SCRIPTS if expected not in members]
        _OTHER_SCRIPTS[expected] = re.compile(f"[{''.join(ranges)}]") if ranges else None
    return _OTHER_SCRIPTS[expected]


def may_contain_other(text: str, expected: str) -> bool:
    """A cheap first look at a whole block: could any passage be in another language?"""
    return words_may_contain_other(set(text.split()), expected)


def words_may_contain_other(words: Collection[str], expected: str) -> bool:
    """``may_contain_other`` for a text given as its distinct white-space-separated words (the
    page's are computed once and shared): the same answer, from a few hundred words instead of a
    page of text."""
    scripts = _other_scripts(expected)
    # the words hold every character of the text but its white space, which no script's letters include
    if scripts is not None and scripts.search(" ".join(words)):
        return True
    seen: dict[str, set[str]] = {}
    # Each distinct word once: ``seen`` collects sets of words, so repeats change nothing. Lower
    # case per distinct word gives the words of ``text.lower().split()`` (case never touches white
    # space), without lowering the whole text.
    for word in {word.lower() for word in words}:
        lang = _LANGUAGE_OF.get(word.strip(_PUNCTUATION))
        if lang is not None and lang != expected:
            seen.setdefault(lang, set()).add(word)
    return any(len(words) >= MIN_HITS for words in seen.values())


def other_language(text: str, expected: str, *, min_words: int = 5) -> str | None:
    """The language of ``text`` when it is clearly not ``expected`` (a primary subtag), else None."""
    words = tokens(text)
    if len(words) < min_words:
        return None
    letters = sum(len(w) for w in words)
    for code, pattern, members in _SCRIPTS:
        if expected not in members and len(pattern.findall(text)) > letters / 2:
            return code
    scores: dict[str, int] = dict.fromkeys(_WORDS, 0)
    for word in words:
        lang = _LANGUAGE_OF.get(word)
        if lang is not None:
            scores[lang] += 1
    best = max(scores, key=lambda lang: scores[lang])
    hits = scores[best]
    distinct = len({word for word in words if _LANGUAGE_OF.get(word) == best})
    if best == expected or distinct < MIN_HITS or hits / len(words) < MIN_SHARE:
        return None
    if scores.get(expected, 0) * 3 > hits:
        return None
    return best
