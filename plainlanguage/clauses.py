"""Sentence structure in German: main clauses joined in one sentence, subordinate clauses.

Found from conjunctions, commas and verb forms (see ``grammar``); results are kept per text because
several rules (one statement, subordinate clause, nested clauses, overloaded sentence) ask for them.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import compress
from operator import or_

from plainlanguage.data import german_grammar as g
from plainlanguage.grammar import is_zu_infinitive, looks_finite_german, lowered
from plainlanguage.text import Document, Sentence

WINDOW = 6  # words after "und"/"oder" in which a second finite verb makes a second statement
CORRELATIVES = {"oder": "entweder", "noch": "weder", "sondern": "nur"}


def _finite(document: Document, sentence: Sentence, words: list[str], start: int, stop: int) -> bool:
    for k in range(start, stop):
        if looks_finite_german(document, sentence, words, k):
            return True
    return False


def _second_verb(document: Document, sentence: Sentence, words: list[str], start: int, stop: int) -> bool:
    """A finite verb in words[start:stop]; after a modal, a final "-en" is its infinitive ("darf ... suchen")."""
    modal = not g.MODALS.isdisjoint(words[:start])
    breaks, last = sentence.breaks, len(words) - 1
    for k in range(start, stop):
        at_end = k == last or breaks[k + 1]
        if modal and at_end and words[k].endswith("en"):
            continue
        if looks_finite_german(document, sentence, words, k):
            return True
    return False


def _clause_start(document: Document, sentence: Sentence, index: int) -> int:
    breaks = sentence.breaks  # the same as clause_break_before, read directly on this hot path
    for k in range(index, 0, -1):
        if breaks[k]:
            return k
    return 0


def coordinated_statements(document: Document, sentence: Sentence) -> list[int]:
    """Indexes of the words that join two statements ("und", ", aber", "weder ... noch")."""
    if True not in sentence.commas and JOINING.isdisjoint(sentence.lower):
        return []  # most sentences: nothing that could join two statements
    # One table per text, by sentence start: no key to build and no closure per sentence.
    found: dict[int, list[int]] = document.memo("coordinated", dict)
    indexes = found.get(sentence.start)
    if indexes is None:
        indexes = found[sentence.start] = list(_coordinated(document, sentence))
    return indexes


JOINING = frozenset({"und", "oder", "denn", *CORRELATIVES})
TRIGGERS = JOINING | g.COORDINATORS
# Words after a comma that open a subordinate clause or join with a conjunction, not a main clause.
_NOT_MAIN_CLAUSE = g.SUBORDINATORS | g.RELATIVE_PRONOUNS | g.COORDINATORS


def _coordinated(document: Document, sentence: Sentence) -> Iterator[int]:
    words, commas, breaks = lowered(sentence), sentence.commas, sentence.breaks
    # Only a word after a comma or a joining word can join two statements (selected in C).
    inner = slice(1, len(words) - 1)
    is_trigger = map(TRIGGERS.__contains__, words[inner])
    for i in compress(range(1, len(words) - 1), map(or_, commas[inner], is_trigger)):
        word = words[i]
        after_comma = commas[i]
        if word in CORRELATIVES and CORRELATIVES[word] in words[:i]:
            yield i
        elif word in g.COORDINATORS and word not in ("und", "oder") and after_comma:
            yield i  # ", aber", ", denn", ", sondern", ", doch"
        elif after_comma and _comma_joined(document, sentence, words, i):
            yield i  # "Frauen haben kleinere Hände, sie essen auch kleinere Portionen."
        elif word in ("und", "oder", "denn"):
            stop = min(len(words), i + 1 + WINDOW)
            for k in range(i + 1, stop):
                if breaks[k] or words[k] in g.COORDINATORS:
                    stop = k
                    break
            before = _clause_start(document, sentence, i)
            if _finite(document, sentence, words, i + 1, stop) and _finite(
                document, sentence, words, before, i
            ):
                yield i


def _comma_joined(document: Document, sentence: Sentence, words: list[str], i: int) -> bool:
    """A main clause after a comma: its verb in first or second place, a verb before the comma too."""
    if words[i] in _NOT_MAIN_CLAUSE:
        return False
    breaks = sentence.breaks
    stop = min(len(words), i + 3)
    for k in range(i + 1, stop):
        if breaks[k]:
            stop = k
            break
    before = _clause_start(document, sentence, i - 1)
    if words[before] in g.SUBORDINATORS:
        return False  # "Wenn Sie Zeit haben, kommen Sie": the main clause after a subordinate one
    if not _second_verb(document, sentence, words, i, stop):
        return False
    return _finite(document, sentence, words, before, i)


def subordinate_clauses(document: Document, sentence: Sentence) -> list[int]:
    """Indexes of the words that open a subordinate or infinitive clause."""
    if True not in sentence.commas:
        return []  # German sets a comma before every subordinate clause
    found: dict[int, list[int]] = document.memo("subordinate", dict)  # by sentence start, as above
    indexes = found.get(sentence.start)
    if indexes is None:
        indexes = found[sentence.start] = list(_subordinate(document, sentence))
    return indexes


_CLAUSE_OPENERS = g.SUBORDINATORS | g.RELATIVE_PRONOUNS


def _subordinate(document: Document, sentence: Sentence) -> Iterator[int]:
    words, commas = lowered(sentence), sentence.commas
    # An infinitive clause needs "zu" before or in its verb: without it in any word, none is looked for.
    has_zu: bool | None = None
    # After a colon a main clause follows ("Dann sagt er: Die Frau kommt."): only commas count.
    for i in compress(range(1, len(words)), commas[1:]):
        word = words[i]
        if word in _CLAUSE_OPENERS:
            yield i
        elif word in g.PREPOSITIONS and i + 1 < len(words) and words[i + 1] in g.RELATIVE_PRONOUNS:
            yield i  # ", mit dem ..."
        else:
            if has_zu is None:
                has_zu = "zu" in "\x00".join(words)  # no word holds a NUL: "zu" cannot span two
            infinitive = _infinitive_clause(document, sentence, words, i) if has_zu else None
            if infinitive is not None:
                yield infinitive  # ", um mitzumachen", ", stärker vorzugehen"


def _infinitive_clause(document: Document, sentence: Sentence, words: list[str], start: int) -> int | None:
    breaks = sentence.breaks
    for k in range(start, len(words)):
        if k > start and breaks[k]:
            return None
        if is_zu_infinitive(words[k], words[k - 1]) and words[k].endswith(("en", "rn", "ln")):
            return k
    return None
