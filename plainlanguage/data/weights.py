"""Weights of the comprehensibility index (written by scripts/fit_plainlanguage.py).

difficulty = intercept + sum(weight * feature); index = 20 * (high - difficulty) / (high - low),
clipped to 0..20, where (low, high) = scale. For German, difficulty is on the TextComplexityDE scale
(1 very easy ... 7 very complex).
"""

MODELS = {
    "de": {
        "intercept": -1.602104,
        "weights": {
            "log_words_per_sentence": 0.430103,
            "syllables_per_sentence": 0.001681,
            "log_syllables_per_sentence": 0.711076,
            "syllables_per_word": -0.586838,
            "letters_per_word": 0.315163,
            "long_word_share": -0.942438,
            "long_words_per_sentence": 0.059036,
            "rarity": -0.470905,
            "rare_word_share": 2.641476,
            "rare_words_per_sentence": 0.003719,
            "uncommon_word_share": 2.234617,
            "uncommon_words_per_sentence": -0.047066,
            "very_rare_word_share": 2.754612,
            "very_rare_words_per_sentence": 0.005318,
            "nominal_share": 1.990251,
            "commas_per_sentence": 0.118313,
            "commas_squared": -0.034610,
            "split_compound_share": -2.625411,
            "genitives_per_sentence": 0.032090,
        },
        "scale": (1.0, 7.0),
    },
    "en": {
        "intercept": -24.773968,
        "weights": {
            "log_words_per_sentence": 9.476133,
            "syllables_per_word": -1.474287,
            "polysyllabic_share": 12.420739,
            "rarity": 5.424656,
            "long_word_share": -2.894837,
        },
        "scale": (1.0, 17.0),
    },
}
