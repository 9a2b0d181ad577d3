"""Token-level heuristics for German and English grammar, shared by the grammar rules.

No tagger is used: forms come from word lists and endings, so a rule using these reports only
patterns that are clear from the words themselves.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from plainlanguage.data import german
from plainlanguage.data import german_grammar as g
from plainlanguage.text import Document, Sentence

_ZU_INFINITIVE = re.compile(r"^(?:" + "|".join(g.PARTICIPLE_PREFIXES) + r")zu\w{3,}en$")
GE_NOT_PARTICIPLES = frozenset(
    """gegen genau genug gestern gerne gern gemeinsam gesamt gesamten gerade geben gehen gehören gelten
    gewinnen genießen gestalten gelingen gewesen geworden gefallen geschehen gebäude gebiet gemeinde
    geld gesetz gesicht gespräch gewalt gesellschaft getrennt""".split()
)
_PREFIXED_PARTICIPLE = re.compile(r"^(?:" + "|".join(g.PARTICIPLE_PREFIXES) + r")ge\w{2,}(?:t|en)$")
_INSEPARABLE_PARTICIPLE = re.compile(r"^(?:be|ver|er|ent|zer|emp|miss)\w{2,}t$")
_INSEPARABLE_STRONG = re.compile(r"^(?:be|ver|er|ent|zer|emp)\w{3,}en$")
PAST_WERDEN = frozenset({"wurde", "wurden", "wurdest", "wurdet", "worden"})


def lowered(sentence: Sentence) -> list[str]:
    return sentence.lower


def gap_before(document: Document, sentence: Sentence, index: int) -> str:
    """The text between token ``index - 1`` and token ``index`` (punctuation, spaces)."""
    start = sentence.tokens[index - 1].end if index else sentence.start
    return document.text[start : sentence.tokens[index].start]


def clause_break_before(document: Document, sentence: Sentence, index: int) -> bool:
    return sentence.breaks[index]


def comma_before(document: Document, sentence: Sentence, index: int) -> bool:
    return sentence.commas[index]


def is_german_participle(word: str, past: bool = False) -> bool:
    """Past participle by form; ``past``: after "wurde"/"worden" also "beschlossen", "verboten"."""
    if len(word) < 5 or word in GE_NOT_PARTICIPLES:
        return False
    # Each regex is tried only when the word has the ending or the "ge" it needs: most have not.
    if past and word.endswith("en") and _INSEPARABLE_STRONG.match(word):
        return True
    if word.startswith("ge") and word.endswith(("t", "en")):
        return True
    if word.endswith("iert") or ("ge" in word and _PREFIXED_PARTICIPLE.match(word)):
        return True
    return word.endswith("t") and bool(_INSEPARABLE_PARTICIPLE.match(word))


def is_zu_infinitive(word: str, previous: str) -> bool:
    return previous == "zu" or ("zu" in word and bool(_ZU_INFINITIVE.match(word)))


def looks_finite_german(document: Document, sentence: Sentence, words: list[str], index: int) -> bool:
    """Whether ``words[index]`` is probably a finite verb (lists first, then lower-case endings)."""
    word = words[index]
    token = sentence.tokens[index]
    if (index and token.text[0].isupper()) or document.text[token.start - 1 : token.start] == "-":
        return False  # a noun ("viele Sprachen", "das Wissen"), or "Ministerpräsidenten und -präsidentinnen"
    if word in _FINITE_FORMS:
        return True
    if len(word) < 3 or word in _NO_VERBS:
        return False
    previous = words[index - 1] if index else ""
    if previous in SUBJECT_AFTER and word.endswith(("e", "t", "st", "en")):
        return True  # "ich gehe", "ihr macht"
    if previous in _BEFORE_NO_VERB or is_zu_infinitive(word, previous):
        return False
    if word.endswith(_NOT_VERB_ENDINGS):
        return False
    following = sentence.tokens[index + 1].text if index + 1 < len(sentence.tokens) else ""
    if following[:1].isupper() and word.endswith(("e", "en", "er", "es", "em")):
        return False  # an adjective before its noun: "die kleinen weißen Steine"
    return word.endswith(("t", "en", "st", "te", "ten"))


SUBJECT_AFTER = frozenset("ich du er wir ihr man".split())
DETERMINERS = german.ARTICLES - {"ihr"}
COMMON_FINITE = frozenset(
    """ist sind bin bist seid hat habe hast haben habt kann kannst können könnt muss musst müssen
    müsst will willst wollen wollt soll sollst sollen sollt darf darfst dürfen dürft mag mögen
    möchte möchten gibt geht gehen kommt kommen macht machen sagt sagen weiß wissen sieht sehen
    nimmt liest isst hilft spricht trifft läuft fährt schläft trägt hält lässt""".split()
)
# The word lists above merged, so that each test is one look-up (the function runs for many words).
_FINITE_FORMS = g.PRETERITE | g.SUBJUNCTIVE | g.WERDEN | COMMON_FINITE
_NO_VERBS = g.NOT_VERBS | g.ARTICLES_AND_PRONOUNS
_BEFORE_NO_VERB = DETERMINERS | g.PREPOSITIONS
_NOT_VERB_ENDINGS = (*g.ADJECTIVE_ENDINGS, "ung", "heit", "keit")


# --- genitive ---------------------------------------------------------------------------------

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


def genitive_phrases(document: Document) -> list[tuple[Sentence, int, int]]:
    """(sentence, index of the article, index of the noun) of every genitive phrase found."""
    return document.memo("genitive", lambda: list(_genitive_phrases(document)))


def _genitive_phrases(document: Document) -> Iterator[tuple[Sentence, int, int]]:
    for sentence in document.sentences:
        words = lowered(sentence)
        if GENITIVE_STARTS.isdisjoint(words):
            continue
        tokens = sentence.tokens
        for i in [k for k, word in enumerate(words) if word in GENITIVE_STARTS]:
            word = words[i]
            if word in g.GENITIVE_ARTICLES:
                noun = _noun_after(document, sentence, i)
                if noun is None or not tokens[noun].text.endswith("s"):
                    continue
                if word in ("dieses", "jedes") and not tokens[noun].text.endswith("es"):
                    continue  # "dieses Haus" is nominative
                yield sentence, i, noun
            elif word in FEMININE_GENITIVE and i >= 2 and _after_noun_phrase(words, sentence, i):
                noun = _noun_after(document, sentence, i)
                if noun is not None and not clause_break_before(document, sentence, i):
                    yield sentence, i, noun


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
# After a noun phrase these articles mark a genitive ("die Hilfe einer Freundin", "die Ziele der Stadt").
FEMININE_GENITIVE = frozenset("der einer dieser jener jeder".split())
GENITIVE_STARTS = FEMININE_GENITIVE | frozenset(g.GENITIVE_ARTICLES)
