"""Weights of the comprehensibility index (written by scripts/fit_plainlanguage.py).

difficulty = intercept + sum(weight * feature); index = 20 * (high - difficulty) / (high - low),
clipped to 0..20, where (low, high) = scale. For German, difficulty is on the TextComplexityDE scale
(1 very easy ... 7 very complex).
"""

MODELS = {
    "de": {
        "intercept": -1.593741,
        "weights": {
            "log_words_per_sentence": 0.427084,
            "syllables_per_sentence": 0.001753,
            "log_syllables_per_sentence": 0.706321,
            "syllables_per_word": -0.583048,
            "letters_per_word": 0.315922,
            "long_word_share": -0.944923,
            "long_words_per_sentence": 0.058773,
            "rarity": -0.470178,
            "rare_word_share": 2.628224,
            "rare_words_per_sentence": 0.003455,
            "uncommon_word_share": 2.228145,
            "uncommon_words_per_sentence": -0.046935,
            "very_rare_word_share": 2.757760,
            "very_rare_words_per_sentence": 0.005858,
            "nominal_share": 1.956183,
            "commas_per_sentence": 0.119224,
            "commas_squared": -0.034612,
            "split_compound_share": -2.634214,
            "genitives_per_sentence": 0.045822,
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
