"""The rules, one module per rule family; importing this package registers them all."""

from plainlanguage.rules import (  # noqa: F401
    abbreviations,
    clauses,
    compounds,
    dates,
    genitive,
    negation,
    passive,
    sentence_length,
    verbs,
)
