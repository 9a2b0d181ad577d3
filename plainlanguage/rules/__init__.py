"""The rules, one module per rule family; importing this package registers them all."""

from plainlanguage.rules import (  # noqa: F401
    abbreviations,
    characters,
    clauses,
    compound_style,
    compounds,
    dates,
    english,
    genitive,
    long_words,
    negation,
    numbers,
    overload,
    passive,
    rare_words,
    sentence_length,
    style,
    verbs,
)
