"""Plain English: everyday words and verbs instead of nominalisations."""

from __future__ import annotations

from collections.abc import Iterator

from checkreport import Text
from plainlanguage.data.english import NOMINAL_SUFFIXES, PLAIN_WORDS
from plainlanguage.grammar import lowered
from plainlanguage.lexicon import zipf
from plainlanguage.profiles import Profile
from plainlanguage.registry import Hit, Rule, bad, good, register
from plainlanguage.text import Document

VERB_ZIPF = 3.5
REFERENCES = {"iso_24495_1": ("Understandable: familiar words",)}


def check_plain_words(document: Document, profile: Profile) -> Iterator[Hit]:
    for sentence in document.sentences:
        for token, word in zip(sentence.tokens, lowered(sentence), strict=True):
            plain = plain_word(word)
            if plain:
                advice = Text(de=f"Schreiben Sie „{plain}“.", en=f"Write „{plain}“.")
                yield Hit(token.start, token.end, advice, {"word": token.text, "plain": plain})


def plain_word(word: str) -> str | None:
    """The everyday word for ``word`` or an inflected form of it ("utilises", "utilised")."""
    for form in (word, word[:-1], word[:-2], word[:-3] + "e", word[:-3]):
        if len(form) > 3 and form in PLAIN_WORDS:
            return PLAIN_WORDS[form]
    return None


def verb_for(noun: str) -> str | None:
    """The everyday verb behind an English nominalisation ("implementation" -> "implement")."""
    for suffix in NOMINAL_SUFFIXES:
        if noun.endswith(suffix) and len(noun) > len(suffix) + 2:
            stem = noun[: -len(suffix)]
            options = [stem, stem + "e", stem + "ate", stem + "ize", stem + "de", noun[:-3] + "e", noun[:-3]]
            best = max(options, key=lambda option: zipf(option, "en"))
            if zipf(best, "en") >= VERB_ZIPF and best != noun:
                return best
    return None


def check_nominalisations(document: Document, profile: Profile) -> Iterator[Hit]:
    for sentence in document.sentences:
        words = lowered(sentence)
        for i, word in enumerate(words[:-1]):
            # "the implementation of": the noun stands where a verb would be clearer.
            if i and words[i - 1] in ("the", "a", "an") and words[i + 1] == "of":
                verb = verb_for(word)
                if verb:
                    token = sentence.tokens[i]
                    advice = Text(de=f"Nehmen Sie das Verb „{verb}“.", en=f"Use the verb „{verb}“.")
                    yield Hit(token.start, token.end, advice, {"word": token.text})


register(
    Rule(
        id="plain-words",
        title=Text("Einfacheres Wort", "Simpler word"),
        message=Text("Statt „{word}“ gibt es ein einfacheres Wort.", "„{word}“ has a simpler alternative."),
        severities={"en": "warning"},
        references=REFERENCES,
        check=check_plain_words,
        examples=(
            bad("en", "We [[utilise]] the library for the course."),
            bad("en", "The library is [[utilised]] by many groups."),
            bad("en", "The course costs [[approximately]] 20 euros."),
            good("en", "We use the library for the course. It costs about 20 euros."),
        ),
    )
)

register(
    Rule(
        id="nominalisation",
        title=Text("Nominalstil", "Nominalisation"),
        message=Text("„{word}“: ein Verb wäre klarer.", "„{word}“: a verb would be clearer."),
        severities={"en": "warning"},
        references=REFERENCES,
        check=check_nominalisations,
        examples=(
            bad("en", "The council is responsible for the [[implementation]] of the plan."),
            bad("en", "We support the [[development]] of new courses."),
            good("en", "The council carries out the plan. We help to develop new courses."),
        ),
    )
)
