"""Weights of the comprehensibility index (written by scripts/fit_plainlanguage.py).

difficulty = intercept + sum(weight * feature); index = 20 * (high - difficulty) / (high - low),
clipped to 0..20, where (low, high) = scale. For German, difficulty is on the TextComplexityDE scale
(1 very easy ... 7 very complex).
"""

MODELS = {
    "de": {
        "intercept": -8.0,
        "weights": {"log_words_per_sentence": 2.4, "syllables_per_word": 3.0},
        "scale": (1.0, 7.0),
    },
    "en": {
        "intercept": -8.0,
        "weights": {"log_words_per_sentence": 2.4, "syllables_per_word": 3.0},
        "scale": (1.0, 7.0),
    },
}
