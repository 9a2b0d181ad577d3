"""Page-wide first looks (language-of-parts, all-caps) on whole pages: a page with language links in
its header (lang attributes), passages in another language, entities and inline tags in words."""

from __future__ import annotations

from a11y_checks import check_html

PAGE = """<!doctype html><html lang="{lang}"><head><title>Aktionsplan</title></head><body>
<header><nav><a href="/de/" lang="de">Deutsch</a> <a href="/en/" lang="en">English</a>
<a href="/de-x-ls/" lang="de-x-ls">Leichte Sprache</a></nav></header>
<main><h1>Aktionsplan</h1>{content}</main></body></html>"""

GERMAN = "<p>Die Stadt hilft neuen Menschen beim Ankommen, bei der Arbeit und bei der Wohnung.</p>"
ENGLISH_QUOTE = "<p>Die Bürgermeisterin sagte: „Integration is a shared task of all of us in this city.“</p>"


def passages(content: str, lang: str = "de") -> list[str]:
    report = check_html(PAGE.format(lang=lang, content=content), lang=lang, fragment=False)
    return [f.excerpt for f in report.findings if f.rule == "language-of-parts"]


def test_an_unmarked_english_quote_on_a_german_page_with_language_links_is_found() -> None:
    found = passages(GERMAN * 20 + ENGLISH_QUOTE)
    assert len(found) == 1 and "Bürgermeisterin" in found[0]


def test_a_german_page_with_language_links_and_no_foreign_passage_has_none() -> None:
    assert passages(GERMAN * 20) == []


def test_a_marked_quote_is_not_found() -> None:
    marked = '<p>Die Bürgermeisterin sagte: <q lang="en">Integration is a shared task of all of us in this city.</q></p>'
    assert passages(GERMAN * 5 + marked) == []


def test_german_in_a_block_marked_english_is_found_where_the_page_shows_no_english() -> None:
    # nothing on the page is foreign to German, yet the block says it is English
    block = '<p lang="en">Dresden ist offen und bunt für alle Menschen, die hier leben und arbeiten.</p>'
    found = passages(GERMAN * 5 + block)
    assert len(found) == 1 and "Dresden ist offen" in found[0]


def test_a_quote_written_with_entities_or_split_by_inline_tags_is_found() -> None:
    for quote in (
        "<p>Die Bürgermeisterin sagte: „Integration&nbsp;is a&nbsp;shared task of&nbsp;all of&nbsp;us in&nbsp;this city.“</p>",
        "<p>Die Bürgermeisterin sagte: „Integration is <b>a</b>shared task <i>o</i>f all <i>o</i>f us in this city.“</p>",
    ):
        assert len(passages(GERMAN * 3 + quote)) == 1, quote


def test_page_wide_first_looks_read_entities_as_the_text_has_them() -> None:
    # all-caps looks at the page's text first: non-breaking spaces written as entities are spaces
    shouting = "<p>BITTE&nbsp;LESEN&nbsp;SIE&nbsp;DIESE&nbsp;HINWEISE vor dem Termin.</p>"
    report = check_html(PAGE.format(lang="de", content=GERMAN + shouting), lang="de", fragment=False)
    assert [f.excerpt[:20] for f in report.findings if f.rule == "all-caps"] == ["<p>BITTE LESEN SIE D"]
