"""Counts, the classic readability formulas and the 0-20 comprehensibility index.

The formulas are computed from this package's own tokens and syllable counts, so that they agree
with the findings' sentences and run in one pass (textstat re-tokenises the text for every formula).
Formulas: Amstad (1978) German Flesch reading ease; Bamberger and Vanecek (1984) Wiener
Sachtextformel 1; Björnsson (1968) LIX; Flesch (1948) reading ease; Kincaid et al. (1975) grade;
Gunning (1952) fog; McLaughlin (1969) SMOG.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache, reduce
from operator import add, itemgetter, mul

from plainlanguage.data import weights
from plainlanguage.grammar import genitive_phrases
from plainlanguage.lexicon import syllables, zipf
from plainlanguage.text import Document, flat_tokens
from plainlanguage.words import split_compound

NOMINAL_SUFFIXES = {
    "de": re.compile(r"\w{3,}(?:ung|heit|keit|ion|tät|ismus|schaft)(?:en)?$"),
    "en": re.compile(r"\w{3,}(?:tion|sion|ment|ness|ance|ence|ity|ism)s?$"),
}
RARE_ZIPF = 3.0
UNCOMMON_ZIPF = 4.0
VERY_RARE_ZIPF = 2.0
_WORD_PARTS = re.compile(r"[·•∙‧\-]")


COMPOUND_PENALTY = 0.5


@lru_cache(maxsize=131072)
def _word_zipf(word: str, language: str) -> float:
    # Split compounds are as easy as their hardest part; unsplit ones a little harder.
    value = min(zipf(part, language) for part in _WORD_PARTS.split(word) if part) if word else 0.0
    if value < RARE_ZIPF and language == "de":
        parts = split_compound(word)
        if parts:
            lower, position, values = word.lower(), 0, []
            for length in parts:
                values.append(zipf(lower[position : position + length], language))
                position += length
            value = max(value, min(values) - COMPOUND_PENALTY)
    return value


@lru_cache(maxsize=131072)
def word_info(word: str, language: str) -> tuple[int, int, bool, float, bool, bool]:
    """(syllables, letters, is a number, Zipf frequency, nominal style, split compound) of a word."""
    if word[0].isdigit():
        return 1, len(word), True, 0.0, False, False
    return (
        syllables(word, language),
        len(word),
        False,
        _word_zipf(word, language),
        bool(NOMINAL_SUFFIXES[language].match(word)),
        bool(_WORD_PARTS.search(word)),
    )


# What one occurrence of a word adds to each count of ``features``, in this order.
_COUNTS = "n syllables letters long poly mono numbers rare uncommon very_rare nominal split".split()


@lru_cache(maxsize=131072)
def _word_counts(word: str, language: str) -> tuple[tuple[int, ...], float]:
    """What one occurrence of ``word`` adds to the counts (see _COUNTS), and its rarity."""
    count, length, number, frequency, is_nominal, is_split = word_info(word, language)
    common = (1, count, length, int(length > 6), int(count >= 3), int(count == 1))
    if number:
        return (*common, 1, 0, 0, 0, 0, 0), 0.0
    rarities = (int(frequency < RARE_ZIPF), int(frequency < UNCOMMON_ZIPF), int(frequency < VERY_RARE_ZIPF))
    return (*common, 0, *rarities, int(is_nominal), int(is_split)), 7 - min(frequency, 7.0)


def features(document: Document) -> dict[str, float]:
    """The measurable properties of a text the index and the formulas are built from."""
    language = document.language
    sentences = len(document.sentences)
    # Each distinct word once, weighted by how often it occurs: a page repeats most of its words.
    # Words that add the same counts (most short words do) are added up together, at the end.
    times_of: dict[tuple[int, ...], int] = {}
    rarity_of: dict[str, float] = {}
    for word, tokens in document.occurrences().items():
        counts, rarity_of[word] = _word_counts(word, language)
        times_of[counts] = times_of.get(counts, 0) + len(tokens)
    times = list(times_of.values())
    totals = [sum(map(mul, column, times)) for column in zip(*times_of, strict=True)] or [0] * len(_COUNTS)
    n, total_syllables, letters, long, poly, mono, numbers, rare, uncommon, very_rare, nominal, split = totals
    # Summed word by word in text order (in C), so the floating-point sum is that of a plain loop.
    words = map(itemgetter(0), flat_tokens(document)[0])
    rarity = reduce(add, map(rarity_of.__getitem__, words), 0.0)
    n_tokens, n_words = max(1, n), max(1, n - numbers)
    commas = document.text.count(",") + document.text.count(";")
    return {
        "words": n,
        "numbers": numbers,
        "sentences": sentences,
        "words_per_sentence": n / max(1, sentences),
        "syllables_per_word": total_syllables / n_tokens,
        "long_words": long,
        "polysyllabic_words": poly,
        "monosyllabic_words": mono,
        "letters_per_word": letters / n_tokens,
        "rare_word_share": rare / n_words,
        "uncommon_word_share": uncommon / n_words,
        "very_rare_word_share": very_rare / n_words,
        "rarity": rarity / n_words,
        "nominal_share": nominal / n_words,
        "commas_per_sentence": commas / max(1, sentences),
        "split_compound_share": split / n_words,
        "genitives_per_sentence": len(genitive_phrases(document)) / max(1, sentences)
        if language == "de"
        else 0.0,
    }


def classic_formulas(f: dict[str, float]) -> dict[str, float]:
    words, sentences = max(1, f["words"]), max(1, f["sentences"])
    asl, asw = f["words_per_sentence"], f["syllables_per_word"]
    long_share = 100 * f["long_words"] / words
    poly_share = 100 * f["polysyllabic_words"] / words
    formulas = {"lix": asl + long_share}
    if f["words"] == 0:
        return {}
    formulas["flesch_amstad"] = 180 - asl - 58.5 * asw
    formulas["wiener_sachtextformel"] = (
        0.1935 * poly_share
        + 0.1672 * asl
        + 0.1297 * long_share
        - 0.0327 * 100 * f["monosyllabic_words"] / words
        - 0.875
    )
    formulas["flesch_reading_ease"] = 206.835 - 1.015 * asl - 84.6 * asw
    formulas["flesch_kincaid_grade"] = 0.39 * asl + 11.8 * asw - 15.59
    formulas["gunning_fog"] = 0.4 * (asl + poly_share)
    formulas["smog"] = 1.043 * math.sqrt(f["polysyllabic_words"] * 30 / sentences) + 3.1291
    return formulas


def comprehensibility_index(f: dict[str, float], language: str) -> float:
    """0 (very hard) to 20 (very easy); the formula is documented in ``data/weights.py``."""
    if f["words"] == 0:
        return 20.0
    model = weights.MODELS[language]
    difficulty = model["intercept"] + sum(
        weight * model_feature(f, name) for name, weight in model["weights"].items()
    )
    low, high = model["scale"]  # difficulty values that map to 20 and to 0
    return round(max(0.0, min(20.0, 20 * (high - difficulty) / (high - low))), 2)


def model_feature(f: dict[str, float], name: str) -> float:
    sentences = max(1, f["sentences"])
    if name == "log_words_per_sentence":
        return math.log(1 + f["words_per_sentence"])
    if name == "rare_words_per_sentence":
        return f["rare_word_share"] * (f["words"] - f.get("numbers", 0)) / sentences
    if name.endswith("_words_per_sentence") and name.replace("_words_per_sentence", "_word_share") in f:
        return (
            f[name.replace("_words_per_sentence", "_word_share")]
            * (f["words"] - f.get("numbers", 0))
            / sentences
        )
    if name == "long_words_per_sentence":
        return f["long_words"] / sentences
    if name == "syllables_per_sentence":
        return f["syllables_per_word"] * f["words"] / sentences
    if name == "log_syllables_per_sentence":
        return math.log(1 + f["syllables_per_word"] * f["words"] / sentences)
    if name == "commas_squared":
        return f["commas_per_sentence"] ** 2
    if name == "long_word_share":
        return f["long_words"] / max(1, f["words"])
    if name == "polysyllabic_share":
        return f["polysyllabic_words"] / max(1, f["words"])
    return f[name]


def measure(document: Document) -> tuple[float, dict[str, float]]:
    """Return the index and the metrics of ``document``."""
    f = features(document)
    formulas = classic_formulas(f)
    wanted = FORMULAS_BY_LANGUAGE[document.language]
    metrics = {key: round(value, 3) for key, value in f.items()}
    metrics.update({key: round(formulas[key], 2) for key in wanted if key in formulas})
    return comprehensibility_index(f, document.language), metrics


FORMULAS_BY_LANGUAGE = {
    "de": ("flesch_amstad", "wiener_sachtextformel", "lix"),
    "en": ("flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog", "lix"),
}
