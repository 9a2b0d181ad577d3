"""Shared DOM facts: accessible names, roles, hidden state."""

from __future__ import annotations

import pytest

from a11y_checks.dom import Page


def first(page: Page, name: str):
    return page.by_tag[name][0]


@pytest.mark.parametrize(
    ("html", "tag", "name"),
    [
        ('<a href="/">Zum <b>Aktionsplan</b></a>', "a", "Zum Aktionsplan"),
        ('<a href="/"><img src="x.png" alt="Startseite"></a>', "a", "Startseite"),
        ('<a href="/" aria-label="Kontakt">✉</a>', "a", "Kontakt"),
        ('<span id="t">Suche</span><button aria-labelledby="t">🔍</button>', "button", "Suche"),
        (
            '<span id="h" hidden>Verborgen benannt</span><h2 aria-labelledby="h">x</h2>',
            "h2",
            "Verborgen benannt",
        ),
        ('<label for="plz">Postleitzahl</label><input id="plz">', "input", "Postleitzahl"),
        ("<label>Ort <input></label>", "input", "Ort"),
        ('<input placeholder="Suchbegriff">', "input", "Suchbegriff"),
        ('<input type="submit">', "input", "Submit"),
        ('<a href="/">Text <span aria-hidden="true">★</span></a>', "a", "Text"),
        ('<a href="/" title="Nur Titel"></a>', "a", "Nur Titel"),
        ("<table><caption>Kurse 2024</caption><tr><td>1</td></tr></table>", "table", "Kurse 2024"),
        ('<svg role="img"><title>Drei Kreise</title></svg>', "svg", "Drei Kreise"),
    ],
)
def test_accessible_names(html: str, tag: str, name: str) -> None:
    page = Page(html)
    assert page.name(first(page, tag)) == name


@pytest.mark.parametrize(
    ("html", "tag", "role"),
    [
        ('<a href="/">x</a>', "a", "link"),
        ("<a>x</a>", "a", "generic"),
        ('<img src="x" alt="">', "img", "none"),
        ('<img src="x" alt="" aria-label="Logo">', "img", "img"),
        ('<button role="none">x</button>', "button", "button"),  # focusable: role none ignored
        ('<div role="lnik button">x</div>', "div", "button"),  # fallback token
        ('<input type="checkbox">', "input", "checkbox"),
        ("<select><option>1</option></select>", "select", "combobox"),
        ("<table><tr><th>A</th><td>1</td></tr></table>", "th", "rowheader"),
        ("<table><tr><th>A</th><th>B</th></tr></table>", "th", "columnheader"),
        ("<section>x</section>", "section", "generic"),
        ('<section aria-label="Ziele">x</section>', "section", "region"),
    ],
)
def test_roles(html: str, tag: str, role: str) -> None:
    page = Page(html)
    assert page.role(first(page, tag)) == role


def test_hidden_and_aria_hidden_are_inherited() -> None:
    page = Page(
        '<div hidden><p>a</p></div><div style="display: none"><p>b</p></div>'
        '<div aria-hidden="true"><p>c</p></div><p>d</p>'
    )
    a, b, c, d = page.by_tag["p"]
    assert page.is_hidden(a) and page.is_hidden(b) and not page.is_hidden(c)
    assert page.is_aria_hidden(c) and page.is_excluded(c)
    assert not page.is_excluded(d)


def test_language_is_inherited_from_the_closest_lang() -> None:
    page = Page('<div lang="en"><p>a</p></div><p>b</p>', lang="de")
    a, b = page.by_tag["p"]
    assert page.lang_of(a) == "en" and page.lang_of(b) == "de"
