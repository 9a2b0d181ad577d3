"""Author rules for link text (after Editoria11y and Sa11y): generic text, bare URLs, the same text
for different targets, new windows without notice, and documents without type and size."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from bs4 import Tag

from checkreport import Text

from ..data.words import FILE_TYPES, GENERIC_LINK_TEXT, NEW_WINDOW_HINTS, phrases
from ..dom import Page, attr
from ..registry import Hit, Rule
from ._helpers import ex

_GENERIC = phrases(GENERIC_LINK_TEXT)
_DECORATION = re.compile(r"^[\s\W_]+|[\s\W_]+$")
_URL = re.compile(r"^(https?://|www\.)\S+$", re.I)
_BARE_DOMAIN = re.compile(r"^(https?://)?(www\.)?[\w.-]+\.[a-z]{2,}/?$", re.I)
_FILE = re.compile(r"\.(" + "|".join(FILE_TYPES) + r")(?=$|[?#&])", re.I)
_SIZE = re.compile(r"\d\s*(?:[,.]\d+)?\s*(?:kb|mb|gb|kib|mib|byte|bytes|kilobyte|megabyte)\b", re.I)


def _links(page: Page) -> Iterator[tuple[Tag, str]]:
    for node in page.by_tag.get("a", ()):
        if "href" in node.attrs and not page.is_excluded(node):
            yield node, page.name(node)


def bare(text: str) -> str:
    return _DECORATION.sub("", text.lower()).strip()


def _generic(page: Page) -> Iterator[Hit]:
    for node, name in _links(page):
        if bare(name) in _GENERIC:
            yield Hit(node, params={"text": name})


def _url_text(page: Page) -> Iterator[Hit]:
    for node, name in _links(page):
        text = name.strip()
        if _URL.match(text) and not _BARE_DOMAIN.match(text):
            yield Hit(node, params={"text": text[:60]})


def _target(href: str) -> str:
    parts = urlsplit(href.strip())
    return f"{parts.netloc.lower()}{parts.path.rstrip('/') or '/'}?{parts.query}"


def _same_text(page: Page) -> Iterator[Hit]:
    first_target: dict[str, str] = {}
    for node, name in _links(page):
        key = bare(name)
        href = attr(node, "href").strip()
        if not key or key in _GENERIC or href.startswith(("#", "javascript:")):
            continue
        target = _target(href)
        if first_target.setdefault(key, target) != target:
            yield Hit(node, params={"text": name})


def _new_window(page: Page) -> Iterator[Hit]:
    for node, name in _links(page):
        if attr(node, "target").strip().lower() in ("_blank", "_new"):
            said = f"{name} {attr(node, 'title')}".lower()
            if not any(hint in said for hint in NEW_WINDOW_HINTS):
                yield Hit(node, params={"text": name})


def _file_info(page: Page) -> Iterator[Hit]:
    for node, name in _links(page):
        match = _FILE.search(attr(node, "href"))
        if not match:
            continue
        said = f"{name} {attr(node, 'title')}".lower()
        extension = match.group(1).lower()
        has_type = any(re.search(rf"\b{word}\b", said) for word in FILE_TYPES[extension])
        if not has_type or not _SIZE.search(said):
            yield Hit(node, params={"type": extension.upper(), "text": name})


RULES = (
    Rule(
        id="link-generic-text",
        kind="html",
        severity="warning",
        wcag=("2.4.4",),
        title=Text(de="Linktext sagt, wohin er führt", en="Link text says where it goes"),
        message=Text(
            de="„{text}“ sagt nicht, wohin der Link führt; in einer Linkliste steht er ohne Zusammenhang.",
            en="“{text}” does not say where the link goes; in a list of links it stands without context.",
        ),
        suggestion=Text(
            de="Verlinken Sie die Wörter, die das Ziel nennen, z. B. „Anmeldung zum Sprachkurs“.",
            en="Link the words that name the target, e.g. “Register for the language course”.",
        ),
        check=_generic,
        bad=(
            ex('<p>Zur Anmeldung geht es <a href="/anmeldung">hier</a>.</p>'),
            ex('<a href="/x">Read more …</a>'),
            ex('<a href="/x"><img src="k.png" alt="click here"></a>'),
        ),
        good=(
            ex('<a href="/anmeldung">Anmeldung zum Sprachkurs</a>'),
            ex('<a href="/x" aria-label="Mehr über das Sprachcafé">mehr über das Sprachcafé</a>'),
        ),
    ),
    Rule(
        id="link-url-text",
        kind="html",
        severity="warning",
        wcag=("2.4.4",),
        title=Text(de="Keine Internetadresse als Linktext", en="No web address as link text"),
        message=Text(
            de="Der Linktext ist eine lange Internetadresse ({text}); Screenreader buchstabieren sie.",
            en="The link text is a long web address ({text}); screen readers spell it out.",
        ),
        suggestion=Text(
            de="Nennen Sie stattdessen das Ziel in Worten, z. B. „Integrationskonzept der Stadt (PDF, 2 MB)“.",
            en="Name the target in words instead, e.g. “The city's integration concept (PDF, 2 MB)”.",
        ),
        check=_url_text,
        bad=(
            ex(
                '<a href="https://www.dresden.de/de/leben/gesellschaft/migration.php">https://www.dresden.de/de/leben/gesellschaft/migration.php</a>'
            ),
        ),
        good=(
            ex('<a href="https://www.dresden.de">www.dresden.de</a>'),
            ex('<a href="https://www.dresden.de/migration">Migration in Dresden</a>'),
        ),
    ),
    Rule(
        id="link-same-text-different-target",
        kind="html",
        severity="warning",
        wcag=("2.4.4", "2.4.9"),
        title=Text(de="Gleicher Linktext, gleiches Ziel", en="Same link text, same target"),
        message=Text(
            de="Ein anderer Link mit dem Text „{text}“ führt woandershin; die Links sind nicht zu unterscheiden.",
            en="Another link with the text “{text}” goes elsewhere; the links cannot be told apart.",
        ),
        suggestion=Text(
            de="Geben Sie jedem Link einen eigenen Text, der sein Ziel nennt.",
            en="Give each link its own text that names its target.",
        ),
        check=_same_text,
        bad=(ex('<a href="/kurse/deutsch">Anmeldung</a> <a href="/kurse/englisch">Anmeldung</a>'),),
        good=(
            ex(
                '<a href="/kurse/deutsch">Anmeldung Deutschkurs</a> <a href="/kurse/deutsch/">Anmeldung Deutschkurs</a>'
            ),
        ),
    ),
    Rule(
        id="link-new-window",
        kind="html",
        severity="info",  # WCAG 3.2.5 (AAA) and technique G201: advice, no blocker
        wcag=("3.2.5",),
        title=Text(de="Neues Fenster wird angekündigt", en="New windows are announced"),
        message=Text(
            de="Der Link „{text}“ öffnet ein neues Fenster, ohne es zu sagen; der Zurück-Knopf funktioniert dann nicht.",
            en="The link “{text}” opens a new window without saying so; the back button then does not work.",
        ),
        suggestion=Text(
            de="Ergänzen Sie „(öffnet in neuem Fenster)“ oder öffnen Sie den Link im selben Fenster.",
            en="Add “(opens in a new window)” or open the link in the same window.",
        ),
        check=_new_window,
        bad=(ex('<a href="https://www.bamf.de" target="_blank">BAMF</a>'),),
        good=(
            ex('<a href="https://www.bamf.de" target="_blank">BAMF (öffnet in neuem Fenster)</a>'),
            ex('<a href="https://www.bamf.de">BAMF</a>'),
        ),
    ),
    Rule(
        id="link-file-type-size",
        kind="html",
        severity="warning",
        wcag=("2.4.4",),
        title=Text(de="Dateilinks nennen Typ und Größe", en="File links state type and size"),
        message=Text(
            de="Der Link „{text}“ führt zu einer {type}-Datei, nennt aber nicht Dateityp und Größe.",
            en="The link “{text}” leads to a {type} file but does not state file type and size.",
        ),
        suggestion=Text(
            de="Schreiben Sie Typ und Größe dazu, z. B. „Broschüre (PDF, 2 MB)“, und prüfen Sie die Datei selbst auf Barrierefreiheit.",
            en="Add type and size, e.g. “Brochure (PDF, 2 MB)”, and check the file itself for accessibility.",
        ),
        check=_file_info,
        bad=(
            ex('<a href="/media/aktionsplan.pdf">Aktionsplan Integration</a>'),
            ex('<a href="/media/plan.xlsx">Tabelle (Excel)</a>'),
        ),
        good=(
            ex('<a href="/media/aktionsplan.pdf">Aktionsplan Integration (PDF, 2,4 MB)</a>'),
            ex('<a href="/aktionsplan">Aktionsplan</a>'),
        ),
    ),
)
