"""Normalising, sentence splitting and HTML: what the analysed text is."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from plainlanguage.text import _UNUSUAL, TOKEN, build_document, normalise, split_sentences


def sentences(text: str) -> list[str]:
    normalised = normalise(text)
    return [normalised[start:end] for start, end in split_sentences(normalised)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Es gibt z. B. Sprachkurse. Die Stadt bezahlt sie.",
            ["Es gibt z. B. Sprachkurse.", "Die Stadt bezahlt sie."],
        ),
        (
            "Der Plan wurde am 23. Juni 2022 beschlossen. Er gilt bis 2026.",
            ["Der Plan wurde am 23. Juni 2022 beschlossen.", "Er gilt bis 2026."],
        ),
        (
            "Das Büro ist in Zimmer Nr. 5 im Rathaus. Kommen Sie vorbei!",
            ["Das Büro ist in Zimmer Nr. 5 im Rathaus.", "Kommen Sie vorbei!"],
        ),
        (
            "Frau Dr. Weber leitet die Gruppe. Sie ist nett.",
            ["Frau Dr. Weber leitet die Gruppe.", "Sie ist nett."],
        ),
        ("Der 2. Teil beginnt im Mai. Wir freuen uns.", ["Der 2. Teil beginnt im Mai.", "Wir freuen uns."]),
        ("Es gibt Kurse, Beratung usw. Das ist gut.", ["Es gibt Kurse, Beratung usw.", "Das ist gut."]),
        ("Kommen Sie? Wir warten.", ["Kommen Sie?", "Wir warten."]),
        ("Die Zahl ist 2022. Das ist ein Jahr.", ["Die Zahl ist 2022.", "Das ist ein Jahr."]),
        ("Wer hilft mir\nDie Stadt hilft Ihnen.", ["Wer hilft mir", "Die Stadt hilft Ihnen."]),
        ("Das Angebot (z. B. Kurse) ist frei.", ["Das Angebot (z. B. Kurse) ist frei."]),
    ],
)
def test_german_sentence_splitting(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_blank_lines_and_white_space_collapse() -> None:
    assert normalise("  Erster Satz.\n\n\n\n  Zweiter\t\tSatz.  \n\n") == "Erster Satz.\n\nZweiter Satz."


def test_hard_wrapped_prose_is_joined_but_short_lines_stay_lines() -> None:
    wrapped = (
        "Der Aktionsplan ist ein Arbeitsplan für die Stadtverwaltung Dresden im Bereich der\n"
        "Integration von zugewanderten Menschen."
    )
    assert "\n" not in normalise(wrapped)
    assert normalise("Der Plan\nDie Ziele") == "Der Plan\nDie Ziele"


def test_html_blocks_are_boundaries_and_script_and_style_are_dropped() -> None:
    html = (
        "<html><head><style>p { color: red }</style><title>Titel</title></head><body>"
        "<h1>Aktionsplan</h1><p>Der Plan hat <strong>5</strong> Teile.</p>"
        "<script>var x = 'Geheimer Text.';</script><ul><li>Arbeit</li><li>Wohnen</li></ul>"
        "<p>Erste Zeile<br>Zweite Zeile</p></body></html>"
    )
    text = normalise(html, html=True)
    assert "Geheimer" not in text and "color" not in text
    assert text.split("\n\n") == [
        "Aktionsplan",
        "Der Plan hat 5 Teile.",
        "Arbeit",
        "Wohnen",
        "Erste Zeile\nZweite Zeile",
    ]


def test_inline_markup_does_not_split_words() -> None:
    assert normalise("<p>Stadt<em>verwaltung</em> &amp; Rat</p>", html=True) == "Stadtverwaltung & Rat"


def test_tokens_keep_numbers_and_split_compounds_whole() -> None:
    document = build_document("Am 23.06.2022 kamen 1.500 Gäste zur Stadt·verwaltung (E-Mail).", "de")
    assert [t.text for t in document.sentences[0].tokens] == [
        "Am", "23.06.2022", "kamen", "1.500", "Gäste", "zur", "Stadt·verwaltung", "E-Mail",
    ]  # fmt: skip


def test_offsets_point_into_the_analysed_text() -> None:
    document = build_document("<p>Hallo   Welt.</p>\n<p>Zweiter Satz.</p>", "de", html=True)
    for sentence in document.sentences:
        for token in sentence.tokens:
            assert document.text[token.start : token.end] == token.text


def test_runs_without_sentence_end_are_cut_into_parts() -> None:
    document = build_document(" ".join(["Wort"] * 1000), "de")
    assert all(sentence.words <= 150 for sentence in document.sentences)
    assert sum(sentence.words for sentence in document.sentences) == 1000


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200))
def test_token_offsets_always_match_the_text(text: str) -> None:
    document = build_document(text, "de")
    for sentence in document.sentences:
        assert sentence.tokens
        assert sentence.lower == [token.text.lower() for token in sentence.tokens]
        for token in sentence.tokens:
            assert document.text[token.start : token.end] == token.text
    # Every token once under its word, in text order.
    indexed = sorted((t for tokens in document.occurrences().values() for t in tokens), key=lambda t: t.start)
    assert indexed == [t for sentence in document.sentences for t in sentence.tokens]
    assert all(t.text == word for word, tokens in document.occurrences().items() for t in tokens)


# The token pattern as plainly written; TOKEN is the same without backtracking.
PLAIN_TOKEN = re.compile(r"\d+(?:[.,:]\d+)*|[^\W\d_][^\W_]*(?:[·•∙‧'’\-][^\W_]+)*")
# Three characters in four are those the pattern decides on (letters, digits, inner marks, "_").
DECIDING = st.sampled_from("aZäßǅ١²½1905_.,:·•∙‧'’- \n–!?")
TOKEN_TEXT = st.text(
    alphabet=st.one_of(DECIDING, DECIDING, DECIDING, st.characters(blacklist_categories=("Cs",))),
    max_size=120,
)


@settings(max_examples=500, deadline=None)
@given(TOKEN_TEXT)
@example("Am 23.06.2022 um 9:30 kostet es 2,50 €: Kinder·garten, E-Mail, Rock'n'Roll, it’s, a_b, 3a, ½²١٢٣.")
def test_the_token_pattern_finds_what_the_plain_pattern_finds(text: str) -> None:
    assert [m.span() for m in TOKEN.finditer(text)] == [m.span() for m in PLAIN_TOKEN.finditer(text)]


def test_the_quick_white_space_check_knows_every_space_character() -> None:
    characters = (chr(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000)
    spaces = {c for c in characters if c.isspace() and c not in "\n "}
    assert spaces == {c for c in spaces if _UNUSUAL.fullmatch(c)}
    assert normalise("a\u2009b\u00a0c\td  e\u00adf") == "a b c d ef"


def test_lower_case_forms_are_those_of_each_word() -> None:
    # Case mapping that depends on the neighbours (Greek final sigma) or changes the length (İ).
    document = build_document("ΟΔΟΣ ΣΟΦΙΑ İSTANBUL Straße STRASSE", "de")
    assert document.sentences[0].lower == ["οδος", "σοφια", "i̇stanbul", "straße", "strasse"]
