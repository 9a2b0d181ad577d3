"""Inline styles that force (!important) too little letter, word or line spacing (WCAG 1.4.12)."""

from __future__ import annotations

from checkreport import Text

from ._spacing import spacing_rule

RULES = (
    spacing_rule(
        "letter-spacing-important",
        "24afc2",
        "letter-spacing",
        0.12,
        Text(de="Buchstabenabstand bleibt anpassbar", en="Letter spacing stays adjustable"),
        "0.15em",
        "normal",
    ),
    spacing_rule(
        "word-spacing-important",
        "9e45ec",
        "word-spacing",
        0.16,
        Text(de="Wortabstand bleibt anpassbar", en="Word spacing stays adjustable"),
        "0.2em",
        "0.1em",
    ),
    spacing_rule(
        "line-height-important",
        "78fd32",
        "line-height",
        1.5,
        Text(de="Zeilenhöhe bleibt anpassbar", en="Line height stays adjustable"),
        "1.6",
        "1.2",
        unitless_is_em=True,
    ),
)
