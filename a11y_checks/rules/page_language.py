"""The page states its language: lang present, valid, matching xml:lang, and the language the page
is meant to be in (whole documents)."""

from __future__ import annotations

from collections.abc import Iterator

from checkreport import Text

from ..dom import Page, attr
from ..registry import Hit, Rule
from ._helpers import doc, root_is_html, valid_language_tag, whole

_SAY_LANG = Text(
    de='Setzen Sie am <html>-Element die Sprache der Seite, z. B. lang="de" oder lang="en".',
    en='Set the page language on the <html> element, e.g. lang="de" or lang="en".',
)


def _missing(page: Page) -> Iterator[Hit]:
    html = page.html_element
    if html is not None and root_is_html(page) and not attr(html, "lang").strip():
        yield Hit(
            html, excerpt=f"<html{' lang=' + repr(attr(html, 'lang')) if 'lang' in html.attrs else ''}>"
        )


def _invalid(page: Page) -> Iterator[Hit]:
    html = page.html_element
    if html is None or not root_is_html(page):
        return
    value = attr(html, "lang").strip()
    if value and not valid_language_tag(value):
        yield Hit(html, params={"value": value}, excerpt=f'<html lang="{value}">')


def _mismatch(page: Page) -> Iterator[Hit]:
    html = page.html_element
    if html is None or not root_is_html(page) or "xhtml" in page.source[:512].lower():
        return
    lang, xml_lang = attr(html, "lang").strip(), attr(html, "xml:lang").strip()
    if lang and xml_lang and valid_language_tag(lang) and valid_language_tag(xml_lang):
        if lang.split("-")[0].lower() != xml_lang.split("-")[0].lower():
            yield Hit(
                html,
                params={"lang": lang, "xml_lang": xml_lang},
                excerpt=f'<html lang="{lang}" xml:lang="{xml_lang}">',
            )


def primary_language(tag: str) -> str | None:
    """The primary language subtag ("de" for "de-x-ls" or "de-AT"); None for a private-use or
    grandfathered tag ("x-…", "i-…"), which names no language to compare."""
    primary = tag.strip().split("-")[0].lower()
    if len(primary) < 2 or not primary.isalpha():
        return None
    return primary


def _not_expected(page: Page) -> Iterator[Hit]:
    # Only when the caller says which language the page should be in (the CMS: the page's locale).
    expected = page.expected_lang
    html = page.html_element
    if expected is None or html is None or not root_is_html(page):
        return
    value = attr(html, "lang").strip()
    # A missing or invalid lang is the business of html-has-lang and html-lang-valid.
    if not value or not valid_language_tag(value) or not valid_language_tag(expected):
        return
    stated, wanted = primary_language(value), primary_language(expected)
    if stated and wanted and stated != wanted:
        yield Hit(html, params={"value": value, "expected": expected}, excerpt=f'<html lang="{value}">')


RULES = (
    Rule(
        id="html-has-lang",
        kind="html",
        severity="error",
        scope="document",
        act=("b5c3f8",),
        wcag=("3.1.1",),
        title=Text(de="Die Seite nennt ihre Sprache", en="The page states its language"),
        message=Text(
            de="Das <html>-Element hat kein lang-Attribut; Screenreader wählen dann eine falsche Aussprache.",
            en="The <html> element has no lang attribute; screen readers may then use the wrong pronunciation.",
        ),
        suggestion=_SAY_LANG,
        check=_missing,
        bad=(
            whole(
                "<!DOCTYPE html><html><head><title>Start</title></head><body><p>Willkommen</p></body></html>"
            ),
        ),
        good=(doc("<p>Willkommen</p>"),),
    ),
    Rule(
        id="html-lang-valid",
        kind="html",
        severity="error",
        scope="document",
        act=("bf051a",),
        wcag=("3.1.1",),
        title=Text(de="Die Sprachangabe der Seite ist gültig", en="The page language is a valid tag"),
        message=Text(
            de='Die Sprachangabe lang="{value}" ist kein gültiger Sprachcode.',
            en='The language lang="{value}" is not a valid language tag.',
        ),
        suggestion=_SAY_LANG,
        check=_invalid,
        bad=(doc("<p>Willkommen</p>", lang="deutsch"),),
        good=(doc("<p>Welcome</p>", lang="en-GB"), doc("<p>Willkommen</p>", lang="DE")),
    ),
    Rule(
        id="html-xml-lang-mismatch",
        kind="html",
        severity="error",
        scope="document",
        act=("5b7ae0",),
        wcag=("3.1.1",),
        title=Text(de="lang und xml:lang stimmen überein", en="lang and xml:lang match"),
        message=Text(
            de='lang="{lang}" und xml:lang="{xml_lang}" nennen verschiedene Sprachen.',
            en='lang="{lang}" and xml:lang="{xml_lang}" name different languages.',
        ),
        suggestion=Text(
            de="Entfernen Sie xml:lang oder setzen Sie beide auf dieselbe Sprache.",
            en="Remove xml:lang or set both to the same language.",
        ),
        check=_mismatch,
        bad=(whole('<html lang="de" xml:lang="en"><body>Hallo</body></html>'),),
        good=(whole('<html lang="de-DE" xml:lang="de"><body>Hallo</body></html>'),),
    ),
    Rule(
        id="html-lang-expected",
        kind="html",
        severity="error",
        scope="document",
        wcag=("3.1.1",),
        title=Text(
            de="Die Sprachangabe passt zur Sprache der Seite",
            en="The page language matches the language of the page",
        ),
        message=Text(
            de='Das <html>-Element nennt lang="{value}", die Seite ist aber in der Sprache „{expected}“ '
            "angelegt; Screenreader lesen sie dann mit falscher Aussprache vor.",
            en='The <html> element states lang="{value}", but the page is meant to be in "{expected}"; '
            "screen readers will then read it with the wrong pronunciation.",
        ),
        suggestion=Text(
            de='Setzen Sie am <html>-Element lang="{expected}" (im Seitentemplate, aus der Sprache der Seite).',
            en='Set lang="{expected}" on the <html> element (in the page template, from the page\'s language).',
        ),
        check=_not_expected,
        bad=(
            whole(
                '<!DOCTYPE html><html lang="de"><head><title>Action Plan</title></head>'
                "<body><main><h1>Action Plan for Integration</h1><p>The plan runs until 2026.</p></main>"
                "</body></html>",
                lang="en",
            ),
            whole(
                '<!DOCTYPE html><html lang="en-GB"><head><title>Aktionsplan</title></head>'
                "<body><main><h1>Aktionsplan Integration</h1><p>Der Plan gilt bis 2026.</p></main>"
                "</body></html>",
                lang="de-x-ls",
            ),
        ),
        good=(
            whole(
                '<!DOCTYPE html><html lang="de"><head><title>Aktionsplan</title></head>'
                "<body><main><h1>Aktionsplan</h1><p>Der Plan ist für alle Menschen in der Stadt.</p>"
                "</main></body></html>",
                lang="de-x-ls",
            ),
            whole(
                '<!DOCTYPE html><html lang="de-x-ls"><head><title>Aktionsplan</title></head>'
                "<body><main><h1>Aktionsplan</h1><p>Der Plan ist für alle Menschen in der Stadt.</p>"
                "</main></body></html>",
                lang="de-x-ls",
            ),
            whole(
                '<!DOCTYPE html><html lang="en-GB"><head><title>Action Plan</title></head>'
                "<body><main><h1>Action Plan</h1><p>The plan runs until 2026.</p></main></body></html>",
                lang="en",
            ),
            whole(
                '<!DOCTYPE html><html lang="fr"><head><title>Plan d’action</title></head>'
                "<body><main><h1>Plan d’action</h1><p>Le plan est valable jusqu’en 2026.</p></main>"
                "</body></html>",
                lang=None,
            ),
        ),
    ),
)
