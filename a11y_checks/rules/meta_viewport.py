"""The viewport must let people zoom."""

from __future__ import annotations

import re
from collections.abc import Iterator

from checkreport import Text

from ..dom import Page, attr
from ..registry import Hit, Rule
from ._helpers import doc

_PAIR = re.compile(r"([a-z-]+)\s*=\s*([^,;\s]*)", re.I)
_KEYWORD_SCALE = {"yes": 1.0, "no": 0.1, "device-width": 10.0, "device-height": 10.0}


def _number(value: str) -> float | None:
    value = value.strip().lower()
    if value in _KEYWORD_SCALE:
        return _KEYWORD_SCALE[value]
    try:
        return float(value)
    except ValueError:
        return 0.0 if value else None  # unknown words count as zero, like browsers do


def blocks_zoom(content: str) -> bool:
    values = {key.lower(): value for key, value in _PAIR.findall(content)}
    if "user-scalable" in values:
        scalable = _number(values["user-scalable"])
        if scalable is not None and -1 < scalable < 1:
            return True
    if "maximum-scale" in values:
        maximum = _number(values["maximum-scale"])
        if maximum is not None and 0 <= maximum < 2:
            return True
    return False


def _zoom_blocked(page: Page) -> Iterator[Hit]:
    for node in page.by_tag.get("meta", ()):
        if attr(node, "name").strip().lower() == "viewport" and blocks_zoom(attr(node, "content")):
            yield Hit(node)


RULES = (
    Rule(
        id="meta-viewport-zoom",
        kind="html",
        severity="error",
        act=("b4f0c3",),
        wcag=("1.4.4", "1.4.10"),
        title=Text(de="Zoomen ist erlaubt", en="Zoom is allowed"),
        message=Text(
            de="Die viewport-Angabe verhindert das Vergrößern auf Mobilgeräten.",
            en="The viewport setting prevents zooming on mobile devices.",
        ),
        suggestion=Text(
            de='Entfernen Sie user-scalable=no und maximum-scale unter 2 aus <meta name="viewport">.',
            en='Remove user-scalable=no and any maximum-scale below 2 from <meta name="viewport">.',
        ),
        check=_zoom_blocked,
        bad=(
            doc(
                "<p>x</p>",
                head='<title>x</title><meta name="viewport" content="width=device-width, user-scalable=no">',
            ),
        ),
        good=(
            doc(
                "<p>x</p>",
                head='<title>x</title><meta name="viewport" content="width=device-width, initial-scale=1">',
            ),
        ),
    ),
)
