"""A light language identification for short passages: function-word counts and script.

Good enough to notice an English sentence quoted on a German page (WCAG 3.1.2); it decides only
with clear evidence and otherwise says nothing.
"""

from __future__ import annotations

import re

from .data.words import FUNCTION_WORDS, exclusive_words

_WORDS = exclusive_words(FUNCTION_WORDS)
_TOKEN = re.compile(r"[^\W\d_]+")
_SCRIPTS = (
    ("ru", re.compile(r"[\u0400-\u04ff]"), {"ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "tg", "mn"}),
    ("ar", re.compile(r"[\u0600-\u06ff\u0750-\u077f]"), {"ar", "fa", "ur", "ps", "ku", "prs"}),
)
MIN_HITS = 2
MIN_SHARE = 0.2


def tokens(text: str) -> list[str]:
    return [token.lower() for token in _TOKEN.findall(text)]


def other_language(text: str, expected: str, *, min_words: int = 5) -> str | None:
    """The language of ``text`` when it is clearly not ``expected`` (a primary subtag), else None."""
    words = tokens(text)
    if len(words) < min_words:
        return None
    letters = sum(len(w) for w in words)
    for code, pattern, members in _SCRIPTS:
        if expected not in members and len(pattern.findall(text)) > letters / 2:
            return code
    scores = {lang: sum(word in vocabulary for word in words) for lang, vocabulary in _WORDS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    hits = scores[best]
    distinct = len({word for word in words if word in _WORDS[best]})
    if best == expected or distinct < MIN_HITS or hits / len(words) < MIN_SHARE:
        return None
    if scores.get(expected, 0) * 3 > hits:
        return None
    return best
