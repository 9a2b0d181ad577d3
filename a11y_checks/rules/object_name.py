"""Objects that render an image, audio or video need an accessible name."""

from __future__ import annotations

from collections.abc import Iterator

from checkreport import Text

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


RULES = (
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
)
