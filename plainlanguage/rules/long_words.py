"""Long words that cannot be split into known parts: find a shorter word or explain it."""

from __future__ import annotations

from collections.abc import Iterator

from checkreport import Text
from plainlanguage.data.english import PLAIN_WORDS
from plainlanguage.lexicon import english_syllables, zipf
from plainlanguage.profiles import Profile
from plainlanguage.registry import Hit, Rule, bad, good, register
from plainlanguage.text import Document
from plainlanguage.words import parts_of, with_hyphens

KNOWN_ZIPF = 4.5  # long but everyday words ("Informationen", "Unterstützung") are known to readers


def _german_advice(word: str, profile: Profile) -> Text:
    parts = parts_of(word)
    if profile.name == "de" and len(parts) > 1:
        written = with_hyphens(parts, word[0].isupper())
        return Text(
            de=f"Schreiben Sie „{written}“ oder umschreiben Sie das Wort.",
            en=f"Write „{written}“ or rephrase.",
        )
    return Text(
        de=f"Nehmen Sie ein kürzeres Wort für „{word}“ oder erklären Sie es.",
        en=f"Use a shorter word for „{word}“ or explain it.",
    )


def check_long_words(document: Document, profile: Profile) -> Iterator[Hit]:
    english = document.language == "en"
    letters = profile.params.get("long_word_letters", 0)
    for word, tokens in document.occurrences().items():
        if (not english and len(word) < letters) or not word.isalpha():
            continue
        if document.explains(word):  # the site's glossary explains it
            continue
        if zipf(word, document.language) >= KNOWN_ZIPF:
            continue
        if english:
            if english_syllables(word) < profile.params["long_word_syllables"]:
                continue
            plain = PLAIN_WORDS.get(word.lower())
            advice = Text(
                de=f"Nehmen Sie ein kürzeres Wort{f' wie „{plain}“' if plain else ''}.",
                en=f"Use a shorter word{f' such as „{plain}“' if plain else ''}.",
            )
            values: dict[str, object] = {"word": word}
        else:
            # In Leichte Sprache, compounds of known words are the compound rules' business.
            split = len(parts_of(word)) > 1
            if profile.name == "de-x-ls" and split:
                continue
            # The advice is "a shorter word or explain it": a word the text explains is done
            # ("Diskriminierung ist eine ..."); a compound in "de" is asked to be split instead.
            if not (profile.name == "de" and split) and document.defines(word):
                continue
            advice, values = _german_advice(word, profile), {"word": word, "letters": len(word)}
        for token in tokens:
            yield Hit(token.start, token.end, advice, values)


register(
    Rule(
        id="long-word",
        title=Text("Langes Wort", "Long word"),
        message=Text("„{word}“ ist ein langes Wort.", "„{word}“ is a long word."),
        severities={"de-x-ls": "warning", "de": "warning", "en": "warning"},
        references={
            "din_spec_33429": ("Wortebene: kurze Wörter",),
            "din_8581_1": ("Verständlich: Wörter",),
            "iso_24495_1": ("Understandable: familiar words",),
            "languagetool": ("LANGES_WORT",),
        },
        check=check_long_words,
        examples=(
            bad("de-x-ls", "Das ist eine [[Verantwortlichkeit]] von uns."),
            good("de-x-ls", "Wir sind dafür verantwortlich."),
            bad("de", "Die [[Straßenbahnhaltestellenbeschilderung]] ist neu."),
            good("de", "Die Schilder an der Haltestelle sind neu."),
            bad("en", "We value the [[individuality]] of every person."),
            good("en", "Every person is different."),
        ),
    )
)
