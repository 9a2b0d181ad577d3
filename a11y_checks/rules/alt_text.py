"""Author rules for text alternatives (after Editoria11y and Sa11y): file names, placeholders,
overlong alt text, decorative images to confirm, and images whose alt repeats link text."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from bs4 import Tag

from checkreport import Text

from ..data.words import ALT_PLACEHOLDERS, ALT_REDUNDANT_PREFIXES, IMAGE_EXTENSIONS, THRESHOLDS, phrases
from ..dom import Page, attr, normalise_space
from ..registry import Hit, Rule
from ._helpers import ex

_FILE_NAME = re.compile(
    r"(^(https?:|www\.|/|\.\./)|\.("
    + "|".join(IMAGE_EXTENSIONS)
    + r")$|^(img|dsc|dscn|pxl|dji|screenshot)[_ -]?\d+)",
    re.I,
)
_PLACEHOLDERS = phrases(ALT_PLACEHOLDERS)
_PREFIXES = tuple(prefix for prefixes in ALT_REDUNDANT_PREFIXES.values() for prefix in prefixes)


def _images_with_alt(page: Page) -> Iterator[tuple[Tag, str]]:
    for node in page.by_tag.get("img", ()):
        if not page.is_excluded(node):
            alt = normalise_space(attr(node, "alt"))
            if alt:
                yield node, alt


def _alt_check(test: Callable[[str], bool]) -> Callable[[Page], Iterator[Hit]]:
    def check(page: Page) -> Iterator[Hit]:
        for node, alt in _images_with_alt(page):
            if test(alt):
                yield Hit(node, params={"alt": alt[:80]})

    return check


def is_placeholder(alt: str) -> bool:
    lowered = alt.lower().strip(" .:-")
    return lowered in _PLACEHOLDERS or lowered.startswith(_PREFIXES)


def _decorative_images(page: Page) -> Iterator[Hit]:
    for node in page.by_tag.get("img", ()):
        if "alt" in node.attrs and not attr(node, "alt").strip() and page.role(node) == "none":
            if not page.is_excluded(node) and node.find_parent("a") is None:
                yield Hit(node)


def _alt_beside_link_text(page: Page) -> Iterator[Hit]:
    for link in page.by_tag.get("a", ()):
        if "href" not in link.attrs or page.is_excluded(link) or attr(link, "aria-label").strip():
            continue
        images = [
            img for img in link.find_all("img") if attr(img, "alt").strip() and not page.is_excluded(img)
        ]
        if images and page.visible_text(link).strip():
            yield Hit(images[0], params={"alt": attr(images[0], "alt")[:80]})


_IMG = '<img src="/media/images/sprachcafe.jpg" alt="{}">'

RULES = (
    Rule(
        id="alt-file-name",
        kind="html",
        severity="warning",
        wcag=("1.1.1",),
        title=Text(de="Alternativtext ist kein Dateiname", en="Alt text is not a file name"),
        message=Text(
            de="Der Alternativtext „{alt}“ ist ein Dateiname oder eine Adresse, keine Beschreibung.",
            en="The alt text “{alt}” is a file name or an address, not a description.",
        ),
        suggestion=Text(
            de="Beschreiben Sie, was auf dem Bild zu sehen ist und wofür es steht.",
            en="Describe what the image shows and what it stands for.",
        ),
        check=_alt_check(lambda alt: bool(_FILE_NAME.search(alt))),
        bad=(
            ex(_IMG.format("IMG_2041.jpg")),
            ex(_IMG.format("sprachcafe.jpg")),
            ex(_IMG.format("https://dresden.de/bild.png")),
        ),
        good=(
            ex(_IMG.format("Menschen sprechen im Sprachcafé der Stadtbibliothek")),
            ex(_IMG.format("Logo der Stadt Dresden")),
        ),
    ),
    Rule(
        id="alt-placeholder",
        kind="html",
        severity="warning",
        wcag=("1.1.1",),
        title=Text(de="Alternativtext ist kein Platzhalter", en="Alt text is not a placeholder"),
        message=Text(
            de="Der Alternativtext „{alt}“ sagt nichts über das Bild (Platzhalter oder „Bild von …“).",
            en="The alt text “{alt}” says nothing about the image (a placeholder or “image of …”).",
        ),
        suggestion=Text(
            de="Schreiben Sie, was das Bild zeigt; „Bild von“ sagt der Screenreader schon selbst.",
            en="Say what the image shows; the screen reader already says “image”.",
        ),
        check=_alt_check(is_placeholder),
        bad=(
            ex(_IMG.format("Bild")),
            ex(_IMG.format("TBD")),
            ex(_IMG.format("Foto von Menschen im Sprachcafé")),
        ),
        good=(ex(_IMG.format("Menschen im Sprachcafé")), ex(_IMG.format("Bildungsberatung im Rathaus"))),
    ),
    Rule(
        id="alt-too-long",
        kind="html",
        severity="warning",
        wcag=("1.1.1",),
        title=Text(de="Alternativtext ist knapp", en="Alt text is brief"),
        message=Text(
            de="Der Alternativtext ist sehr lang; Screenreader lesen ihn am Stück, ohne Sprung zurück.",
            en="The alt text is very long; screen readers read it in one go, with no way to step back.",
        ),
        suggestion=Text(
            de="Kürzen Sie auf das Wesentliche; lange Erklärungen gehören in den Text oder eine Bildunterschrift.",
            en="Cut it to the essentials; put long explanations into the text or a caption.",
        ),
        check=_alt_check(lambda alt: len(alt) > THRESHOLDS["alt_max_chars"]),
        bad=(ex(_IMG.format("Menschen im Sprachcafé " * 8)),),
        good=(ex(_IMG.format("Menschen im Sprachcafé der Stadtbibliothek")),),
    ),
    Rule(
        id="alt-decorative-review",
        kind="html",
        severity="info",
        wcag=("1.1.1",),
        title=Text(de="Schmückende Bilder bestätigen", en="Confirm decorative images"),
        message=Text(
            de='Das Bild ist mit alt="" als schmückend markiert und wird nicht vorgelesen.',
            en='The image is marked decorative with alt="" and is not read out.',
        ),
        suggestion=Text(
            de="Prüfen Sie, dass das Bild keine Information trägt; sonst beschreiben Sie es.",
            en="Check that the image carries no information; otherwise describe it.",
        ),
        check=_decorative_images,
        bad=(ex('<img src="/media/ornament.png" alt="">'),),
        good=(ex(_IMG.format("Menschen im Sprachcafé")), ex('<a href="/"><img src="x.png" alt="">Start</a>')),
    ),
    Rule(
        id="link-image-alt-with-text",
        kind="html",
        severity="warning",
        wcag=("1.1.1", "2.4.4"),
        title=Text(de="Bild und Text im selben Link", en="Image and text in one link"),
        message=Text(
            de="Im Link steht Text und ein Bild mit Alternativtext „{alt}“; beides wird zusammen vorgelesen.",
            en="The link has text and an image with the alt text “{alt}”; both are read out together.",
        ),
        suggestion=Text(
            de='Ergänzt das Bild den Linktext nicht, setzen Sie alt="".',
            en='If the image adds nothing to the link text, set alt="".',
        ),
        check=_alt_beside_link_text,
        bad=(ex('<a href="/sprachcafe"><img src="s.jpg" alt="Sprachcafé">Zum Sprachcafé</a>'),),
        good=(
            ex('<a href="/sprachcafe"><img src="s.jpg" alt="">Zum Sprachcafé</a>'),
            ex('<a href="/"><img src="s.jpg" alt="Start"></a>'),
        ),
    ),
)
