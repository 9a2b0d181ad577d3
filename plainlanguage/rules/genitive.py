"""Genitive: Leichte Sprache writes "das Haus von dem Lehrer", not "das Haus des Lehrers"."""

from __future__ import annotations

from collections.abc import Iterator

from checkreport import Text
from plainlanguage.data import german_grammar as g
from plainlanguage.grammar import clause_break_before, lowered
from plainlanguage.profiles import Profile
from plainlanguage.registry import Hit, Rule, bad, good, register
from plainlanguage.text import Document, Sentence, Token

MAX_ADJECTIVES = 3


def _noun_after(document: Document, sentence: Sentence, index: int) -> int | None:
    """Index of the first capitalised word after ``index`` within the clause (skipping adjectives)."""
    for j in range(index + 1, min(len(sentence.tokens), index + 2 + MAX_ADJECTIVES)):
        if clause_break_before(document, sentence, j):
            return None
        token = sentence.tokens[j].text
        if token[0].isupper():
            return j
        if token[0].isdigit() or not token.endswith(("en", "er", "e")):
            return None
    return None


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
    for sentence in document.sentences:
        words = lowered(sentence)
        tokens = sentence.tokens
        for i, word in enumerate(words):
            if word in g.GENITIVE_ARTICLES:
                noun = _noun_after(document, sentence, i)
                if noun is None or not tokens[noun].text.endswith("s"):
                    continue
                if word in ("dieses", "jedes") and not tokens[noun].text.endswith("es"):
                    continue  # "dieses Haus" is nominative
                yield Hit(tokens[i].start, tokens[noun].end, _suggestion(tokens, i, noun, word), {})
            elif word == "der" and i >= 2 and _after_noun_phrase(words, sentence, i):
                noun = _noun_after(document, sentence, i)
                if noun is not None and not clause_break_before(document, sentence, i):
                    yield Hit(tokens[i].start, tokens[noun].end, _suggestion(tokens, i, noun, "der"), {})


def _after_noun_phrase(words: list[str], sentence: Sentence, i: int) -> bool:
    """ "die Integration der Menschen", "zur gezielten Behandlung der Grippe": article (adjectives) noun."""
    if not sentence.tokens[i - 1].text[0].isupper():
        return False
    for k in range(i - 2, max(-1, i - 3 - MAX_ADJECTIVES), -1):
        if words[k] in g.ARTICLES_AND_PRONOUNS or words[k] in CONTRACTED:
            return words[k] not in g.SUBJECT_PRONOUNS
        if not (sentence.tokens[k].text[0].islower() and words[k].endswith(("e", "en", "er", "es", "em"))):
            return False
    return False


CONTRACTED = frozenset({"im", "am", "zum", "zur", "vom", "beim"})


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
            good("de-x-ls", "Das ist das Büro von dem Integrations·beirat.\nDieses Haus ist groß."),
            good("de-x-ls", "Der Mann gibt der Frau einen Brief."),
        ),
    )
)
