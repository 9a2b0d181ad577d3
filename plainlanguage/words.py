"""German word analysis shared by rules: compound splitting and its written suggestions."""

from __future__ import annotations

from functools import cache, lru_cache

from plainlanguage.data import german
from plainlanguage.lexicon import frequencies, zipf

MIN_PART = 3
PART_ZIPF = 3.0  # both parts of a compound must be common words on their own
SHORT_PART_ZIPF = 4.3  # three-letter parts must be very common ("Rat-haus"), not noise ("men")
INFLECTIONS = ("innen", "in", "en", "n", "e", "s", "es")
MIN_HEAD = 4  # the last part carries the meaning: "Rat-haus", not "Schülerin-nen"
KNOWN_WHOLE = 5.0  # words this common are read as one ("Deutschland"), not split
ENGLISH_MARGIN = 1.0  # a part much more frequent in English is no German word ("demons", "shop")


@lru_cache(maxsize=65536)
def _part_zipf(part: str) -> float:
    if part in german.COMPOUND_BAD_LEFT or part in german.COMPOUND_BAD_RIGHT or len(part) < MIN_PART:
        return 0.0
    value = zipf(part, "de")
    if value and zipf(part, "en") - value > ENGLISH_MARGIN:
        return 0.0
    return value if len(part) > MIN_PART or value >= SHORT_PART_ZIPF else 0.0


@cache
def _common_german() -> dict[str, None]:
    """German words that may be a compound part (Zipf >= PART_ZIPF, with a margin), loaded once.

    A dict used as a set: unlike a set of strings, the garbage collector never walks it.
    """
    least = 0.9 * 10 ** (PART_ZIPF - 9)
    return dict.fromkeys(word for word, frequency in frequencies("de").items() if frequency >= least)


def _may_be_head(right: str, common: dict[str, None]) -> bool:
    """False when no form of ``right`` is common enough to be a head: most cuts end here, cheaply."""
    if right in common:
        return True
    for ending in _INFLECTIONS_BY_LAST.get(right[-1], ()):
        if right.endswith(ending) and len(right) - len(ending) > MIN_PART and right[: -len(ending)] in common:
            return True
    return False


# The inflection endings by their last letter: a word ending in "t" has none to try.
_INFLECTIONS_BY_LAST = {
    last: tuple(ending for ending in INFLECTIONS if ending[-1] == last)
    for last in {e[-1] for e in INFLECTIONS}
}


def _head_zipf(right: str) -> float:
    best = _part_zipf(right)
    for ending in INFLECTIONS:
        if right.endswith(ending) and len(right) - len(ending) > MIN_PART:
            best = max(best, _part_zipf(right[: -len(ending)]))
    return best


def _left_zipf(left: str) -> float:
    best = _part_zipf(left)
    for link in german.COMPOUND_LINKS:
        if left.endswith(link) and len(left) - len(link) >= MIN_PART:
            best = max(best, _part_zipf(left[: -len(link)]))
    return best


NAME_ENDINGS = ("s", "es")  # "Deutschlands", "Frankreichs"
WHOLE_ENDINGS = ("s", "es", "n", "en", "e", "ns")
FEMININE = ("innen", "in")  # "Helfer-innen": a derived word, not a compound with "innen"
_WHOLE_ENDINGS_BY_LAST = {
    last: tuple(ending for ending in WHOLE_ENDINGS if ending[-1] == last)
    for last in {e[-1] for e in WHOLE_ENDINGS}
}


def _read_whole(lower: str) -> bool:
    """Names and very common words (also inflected: "Deutschlands") are read as one word."""
    if lower in german.PLACE_NAMES or zipf(lower, "de") >= KNOWN_WHOLE:
        return True
    for ending in _WHOLE_ENDINGS_BY_LAST.get(lower[-1:], ()):
        if lower.endswith(ending) and len(lower) - len(ending) >= MIN_PART:
            stem = lower[: -len(ending)]
            if (ending in NAME_ENDINGS and stem in german.PLACE_NAMES) or zipf(stem, "de") >= KNOWN_WHOLE:
                return True
    return False


def _feminine_split(lower: str) -> tuple[int, ...] | None:
    """Split of a feminine form by its known masculine base ("helferinnen" -> helfer: whole, ())."""
    if not lower.endswith("n"):
        return None
    for suffix in FEMININE:
        base = lower[: -len(suffix)]
        if lower.endswith(suffix) and len(base) > MIN_PART and zipf(base, "de") >= PART_ZIPF:
            parts = split_compound(base)
            return (*parts[:-1], parts[-1] + len(suffix)) if parts else ()
    return None


@lru_cache(maxsize=32768)
def split_compound(word: str) -> tuple[int, ...]:
    """Lengths of the parts of a German compound ("stadtverwaltung" -> (5, 10)), or () if none."""
    lower = word.lower()
    if _read_whole(lower):
        return ()
    feminine = _feminine_split(lower)
    if feminine is not None:
        return feminine
    best_score, best_cut = 0.0, 0
    common = _common_german() if "ß" not in lower else None  # the table spells "ß" as "ss"
    for cut in range(MIN_PART, len(lower) - MIN_HEAD + 1):
        right = lower[cut:]
        if common is not None and not _may_be_head(right, common):
            continue
        right_score = _head_zipf(right)
        if right_score < PART_ZIPF:
            continue
        left_score = _left_zipf(lower[:cut])
        if left_score < PART_ZIPF and not (cut >= 2 * MIN_PART + 2 and split_compound(lower[:cut])):
            continue
        # Prefer splits whose weaker part is common, then longer heads.
        score = min(left_score or PART_ZIPF, right_score) + 0.05 * len(right)
        if score > best_score:
            best_score, best_cut = score, cut
    if not best_cut:
        return ()
    left, right = lower[:best_cut], lower[best_cut:]
    # A part that is a common word on its own stays whole ("Bürger-meisterin", not "meiste-rin").
    left_parts = split_compound(left) if _left_zipf(left) < PART_ZIPF else ()
    right_parts = split_compound(right) if _head_zipf(right) < PART_ZIPF + 0.5 else ()
    return (left_parts or (len(left),)) + (right_parts or (len(right),))


@lru_cache(maxsize=32768)
def compound_parts(word: str) -> tuple[str, ...]:
    """The parts of ``word`` as written ("Stadtverwaltung" -> ("Stadt", "verwaltung")), or ()."""
    parts, position = [], 0
    for length in split_compound(word):
        parts.append(word[position : position + length])
        position += length
    return tuple(parts)


def parts_of(word: str) -> list[str]:
    return list(compound_parts(word))


def with_mediopunkt(parts: list[str]) -> str:
    return "·".join([parts[0], *(part.lower() for part in parts[1:])])


def with_hyphens(parts: list[str], noun: bool) -> str:
    return "-".join([parts[0], *((part.capitalize() if noun else part.lower()) for part in parts[1:])])
