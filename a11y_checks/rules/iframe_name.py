"""Iframes need an accessible name."""

from __future__ import annotations

from collections.abc import Iterator

from checkreport import Text

from ..data.aria import PRESENTATIONAL
from ..dom import Page, attr
from ..registry import Hit, Rule
from ..roles import explicit_role
from ._helpers import ex


def _unnamed_iframes(page: Page) -> Iterator[Hit]:
    for node in page.by_tag.get("iframe", ()):
        if page.is_excluded(node) or explicit_role(node) in PRESENTATIONAL:
            continue
        if attr(node, "tabindex").strip().startswith("-"):
            continue  # not in the focus order: nobody lands on it
        if not page.name(node).strip():
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
)
