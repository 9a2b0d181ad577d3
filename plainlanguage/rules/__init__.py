"""The rules, one module per rule family; importing this package registers them all."""

from plainlanguage.rules import (  # noqa: F401
    abbreviations,
    compounds,
    dates,
    sentence_length,
)
