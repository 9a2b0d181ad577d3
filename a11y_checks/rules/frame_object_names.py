"""Iframes and objects that render non-text content need an accessible name."""

from __future__ import annotations

from collections.abc import Iterator

from checkreport import Text

from ..data.aria import PRESENTATIONAL
from ..dom import Page, attr
from ..registry import Hit, Rule
from ..roles import explicit_role
from ._helpers import ex

_NON_TEXT = ("image/", "audio/", "video/")
_NON_TEXT_EXTENSIONS = (
    ".png",
    ".jpg",
    ".jpeg",
    ".gif",
    ".svg",
    ".webp",
    ".mp3",
    ".mp4",
    ".ogg",
    ".wav",
    ".webm",
    ".mov",
    ".avi",
)


def _unnamed_iframes(page: Page) -> Iterator[Hit]:
    for node in page.by_tag.get("iframe", ()):
        if page.is_excluded(node) or explicit_role(node) in PRESENTATIONAL:
            continue
        if attr(node, "tabindex").strip().startswith("-"):
            continue  # not in the focus order: nobody lands on it
        if not page.name(node).strip():
            yield Hit(node)


def _unnamed_objects(page: Page) -> Iterator[Hit]:
    for node in page.by_tag.get("object", ()):
        if page.is_excluded(node) or explicit_role(node) is not None:
            continue
        kind = attr(node, "type").lower()
        data = attr(node, "data").lower().split("?")[0]
        if not (kind.startswith(_NON_TEXT) or data.endswith(_NON_TEXT_EXTENSIONS)):
            continue
        named = attr(node, "aria-label").strip() or attr(node, "title").strip() or page.name(node).strip()
        if not named:
            yield Hit(node)


def _focusable_frame_removed(page: Page) -> Iterator[Hit]:
    """An iframe taken out of the tab order whose own document (srcdoc) has focusable content."""
    from ..dom import Page as Document
    from ..roles import is_tabbable

    for node in page.by_tag.get("iframe", ()):
        if page.is_excluded(node) or not attr(node, "tabindex").strip().startswith("-"):
            continue
        if any(attr(node, side).strip() in ("0", "1") for side in ("width", "height")):
            continue  # a frame of one pixel is not seen; nobody expects to reach into it
        srcdoc = attr(node, "srcdoc")
        if srcdoc and len(srcdoc) < 200_000:
            inner = Document(srcdoc, fragment=False)
            if any(is_tabbable(inner, element) for element in inner.elements):
                yield Hit(node)


RULES = (
    Rule(
        id="frame-title",
        kind="html",
        severity="error",
        act=("cae760",),
        wcag=("4.1.2",),
        title=Text(de="Iframes haben einen Namen", en="Iframes have an accessible name"),
        message=Text(
            de="Der eingebettete Rahmen (iframe) hat keinen Titel.",
            en="The embedded frame (iframe) has no title.",
        ),
        suggestion=Text(
            de='Nennen Sie im title-Attribut den Inhalt, z. B. title="Video: Interkulturelle Tage 2024".',
            en='Name the content in the title attribute, e.g. title="Video: Intercultural Days 2024".',
        ),
        check=_unnamed_iframes,
        bad=(
            ex('<iframe src="https://video.example/x"></iframe>'),
            ex('<iframe title=" " src="karte.html"></iframe>'),
        ),
        good=(
            ex('<iframe title="Stadtplan mit Beratungsstellen" src="karte.html"></iframe>'),
            ex('<iframe tabindex="-1" src="zaehler.html"></iframe>'),
        ),
    ),
    Rule(
        id="object-name",
        kind="html",
        severity="error",
        act=("8fc3b6",),
        wcag=("1.1.1",),
        title=Text(
            de="Eingebettete Objekte haben einen Namen", en="Embedded objects have an accessible name"
        ),
        message=Text(
            de="Das eingebettete Bild, Audio oder Video (<object>) hat keinen Namen.",
            en="The embedded image, audio or video (<object>) has no accessible name.",
        ),
        suggestion=Text(
            de="Geben Sie dem <object> ein title- oder aria-label-Attribut.",
            en="Give the <object> a title or aria-label attribute.",
        ),
        check=_unnamed_objects,
        bad=(
            ex('<object data="grafik.png"><img src="grafik.png" alt="Grafik"></object>'),
            ex('<object data="rede.mp3" alt="Rede"></object>'),
        ),
        good=(
            ex('<object title="Rede der Bürgermeisterin" data="rede.mp3"></object>'),
            ex('<object data="rede.mp3" aria-hidden="true"></object>'),
        ),
    ),
    Rule(
        id="frame-focusable-content",
        kind="html",
        severity="error",
        act=("akn7bn",),
        wcag=("2.1.1",),
        title=Text(
            de="Iframes mit Bedienelementen bleiben erreichbar",
            en="Iframes with controls stay in the tab order",
        ),
        message=Text(
            de='Das iframe hat tabindex="-1", enthält aber Links oder Felder: per Tastatur sind sie nicht erreichbar.',
            en='The iframe has tabindex="-1" but contains links or fields: keyboard users cannot reach them.',
        ),
        suggestion=Text(
            de='Entfernen Sie tabindex="-1" vom iframe.', en='Remove tabindex="-1" from the iframe.'
        ),
        check=_focusable_frame_removed,
        bad=(ex('<iframe title="Karte" tabindex="-1" srcdoc="<a href=\'/\'>Start</a>"></iframe>'),),
        good=(
            ex('<iframe title="Karte" srcdoc="<a href=\'/\'>Start</a>"></iframe>'),
            ex('<iframe title="Zähler" tabindex="-1" srcdoc="<p>42</p>"></iframe>'),
        ),
    ),
)
