"""Sentence structure in German: main clauses joined in one sentence, subordinate clauses.

Found from conjunctions, commas and verb forms (see ``grammar``); results are kept per text because
several rules (one statement, subordinate clause, nested clauses, overloaded sentence) ask for them.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import compress

from plainlanguage.data import german_grammar as g
from plainlanguage.grammar import (
    clause_break_before,
    is_zu_infinitive,
    looks_finite_german,
    lowered,
)
from plainlanguage.text import Document, Sentence

WINDOW = 6  # words after "und"/"oder" in which a second finite verb makes a second statement
CORRELATIVES = {"oder": "entweder", "noch": "weder", "sondern": "nur"}


def _finite(document: Document, sentence: Sentence, words: list[str], start: int, stop: int) -> bool:
    return any(looks_finite_german(document, sentence, words, k) for k in range(start, stop))


def _second_verb(document: Document, sentence: Sentence, words: list[str], start: int, stop: int) -> bool:
    """A finite verb in words[start:stop]; after a modal, a final "-en" is its infinitive ("darf ... suchen")."""
    modal = any(word in g.MODALS for word in words[:start])
    for k in range(start, stop):
        at_end = k + 1 == len(words) or clause_break_before(document, sentence, k + 1)
        if modal and at_end and words[k].endswith("en"):
            continue
        if looks_finite_german(document, sentence, words, k):
            return True
    return False


def _clause_start(document: Document, sentence: Sentence, index: int) -> int:
    for k in range(index, 0, -1):
        if clause_break_before(document, sentence, k):
            return k
    return 0


def coordinated_statements(document: Document, sentence: Sentence) -> list[int]:
    """Indexes of the words that join two statements ("und", ", aber", "weder ... noch")."""
    return document.memo(f"coordinated:{sentence.start}", lambda: list(_coordinated(document, sentence)))


JOINING = frozenset({"und", "oder", "denn", *CORRELATIVES})
TRIGGERS = JOINING | g.COORDINATORS


def _coordinated(document: Document, sentence: Sentence) -> Iterator[int]:
    words = lowered(sentence)
    if not (any(sentence.commas) or not JOINING.isdisjoint(words)):
        return  # most sentences: nothing that could join two statements
    # Only a word after a comma or a joining word can join two statements.
    candidates = [i for i in range(1, len(words) - 1) if sentence.commas[i] or words[i] in TRIGGERS]
    for i in candidates:
        word = words[i]
        after_comma = sentence.commas[i]
        if word in CORRELATIVES and CORRELATIVES[word] in words[:i]:
            yield i
        elif word in g.COORDINATORS and word not in ("und", "oder") and after_comma:
            yield i  # ", aber", ", denn", ", sondern", ", doch"
        elif after_comma and _comma_joined(document, sentence, words, i):
            yield i  # "Frauen haben kleinere Hände, sie essen auch kleinere Portionen."
        elif word in ("und", "oder", "denn"):
            stop = min(len(words), i + 1 + WINDOW)
            for k in range(i + 1, stop):
                if clause_break_before(document, sentence, k) or words[k] in g.COORDINATORS:
                    stop = k
                    break
            before = _clause_start(document, sentence, i)
            if _finite(document, sentence, words, i + 1, stop) and _finite(
                document, sentence, words, before, i
            ):
                yield i


def _comma_joined(document: Document, sentence: Sentence, words: list[str], i: int) -> bool:
    """A main clause after a comma: its verb in first or second place, a verb before the comma too."""
    if words[i] in g.SUBORDINATORS or words[i] in g.RELATIVE_PRONOUNS or words[i] in g.COORDINATORS:
        return False
    stop = min(len(words), i + 3)
    for k in range(i + 1, stop):
        if clause_break_before(document, sentence, k):
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
    return document.memo(f"subordinate:{sentence.start}", lambda: list(_subordinate(document, sentence)))


def _subordinate(document: Document, sentence: Sentence) -> Iterator[int]:
    words = lowered(sentence)
    if not any(sentence.commas):
        return  # German sets a comma before every subordinate clause
    # After a colon a main clause follows ("Dann sagt er: Die Frau kommt."): only commas count.
    for i in compress(range(1, len(words)), sentence.commas[1:]):
        word = words[i]
        if word in g.SUBORDINATORS or word in g.RELATIVE_PRONOUNS:
            yield i
        elif word in g.PREPOSITIONS and i + 1 < len(words) and words[i + 1] in g.RELATIVE_PRONOUNS:
            yield i  # ", mit dem ..."
        else:
            infinitive = _infinitive_clause(document, sentence, words, i)
            if infinitive is not None:
                yield infinitive  # ", um mitzumachen", ", stärker vorzugehen"


def _infinitive_clause(document: Document, sentence: Sentence, words: list[str], start: int) -> int | None:
    for k in range(start, len(words)):
        if k > start and clause_break_before(document, sentence, k):
            return None
        if is_zu_infinitive(words[k], words[k - 1]) and words[k].endswith(("en", "rn", "ln")):
            return k
    return None
