"""Weights of the comprehensibility index (written by scripts/fit_plainlanguage.py).

difficulty = intercept + sum(weight * feature); index = 20 * (high - difficulty) / (high - low),
clipped to 0..20, where (low, high) = scale. For German, difficulty is on the TextComplexityDE scale
(1 very easy ... 7 very complex).
"""

MODELS = {
    "de": {
        "intercept": -1.585866,
        "weights": {
            "log_words_per_sentence": 0.425219,
            "syllables_per_sentence": 0.001792,
            "log_syllables_per_sentence": 0.701648,
            "syllables_per_word": -0.571759,
            "letters_per_word": 0.311455,
            "long_word_share": -0.987570,
            "long_words_per_sentence": 0.060866,
            "rarity": -0.455834,
            "rare_word_share": 2.640978,
            "rare_words_per_sentence": 0.001446,
            "uncommon_word_share": 2.223438,
            "uncommon_words_per_sentence": -0.048456,
            "very_rare_word_share": 2.506158,
            "very_rare_words_per_sentence": 0.015582,
            "nominal_share": 2.049018,
            "commas_per_sentence": 0.111952,
            "commas_squared": -0.033712,
            "split_compound_share": -2.602065,
            "genitives_per_sentence": 0.040782,
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
