"""Genitive: Leichte Sprache writes "das Haus von dem Lehrer", not "das Haus des Lehrers"."""

from __future__ import annotations

from collections.abc import Iterator

from checkreport import Text
from plainlanguage.data import german_grammar as g
from plainlanguage.grammar import genitive_phrases
from plainlanguage.profiles import Profile
from plainlanguage.registry import Hit, Rule, bad, good, register
from plainlanguage.text import Document, Token


def _dative_noun(noun: str) -> str:
    if noun.endswith("es") and len(noun) > 5 and noun[-3] in "sßzxh":
        return noun[:-2]
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def _suggestion(tokens: list[Token], start: int, end: int, article: str) -> Text:
    middle = " ".join(token.text for token in tokens[start + 1 : end])
    noun = _dative_noun(tokens[end].text)
    written = " ".join(
        part for part in ("von", g.GENITIVE_ARTICLES.get(article, article), middle, noun) if part
    )
    return Text(de=f"Schreiben Sie „{written}“.", en=f"Write „{written}“ (dative with „von“).")


def check_genitive(document: Document, profile: Profile) -> Iterator[Hit]:
    for sentence, article, noun in genitive_phrases(document):
        tokens = sentence.tokens
        suggestion = _suggestion(tokens, article, noun, tokens[article].text.lower())
        yield Hit(tokens[article].start, tokens[noun].end, suggestion, {})


register(
    Rule(
        id="genitive",
        title=Text("Genitiv", "Genitive"),
        message=Text(
            "Genitiv: viele Leserinnen und Leser verstehen ihn schwer.",
            "Genitive: many readers find it hard.",
        ),
        severities={"de-x-ls": "error"},
        references={
            "din_spec_33429": ("Wortebene: Genitiv vermeiden",),
            "netzwerk_leichte_sprache": ("Wörter: keinen Genitiv",),
            "languagetool": ("GENITIV",),
        },
        check=check_genitive,
        examples=(
            bad("de-x-ls", "Das ist das Büro [[des Integrationsbeirats]]."),
            bad("de-x-ls", "Wir sprechen über die Ziele [[der Stadt]]."),
            bad("de-x-ls", "Am Ende [[des Jahres]] gibt es ein Fest."),
            bad("de-x-ls", "Das ist die Hilfe [[einer Freundin]]."),
            good("de-x-ls", "Das ist das Büro von dem Integrations·beirat.\nDieses Haus ist groß."),
            good("de-x-ls", "Der Mann gibt der Frau einen Brief.\nSie spricht mit einer Freundin."),
        ),
    )
)
