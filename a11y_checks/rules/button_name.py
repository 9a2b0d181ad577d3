"""Buttons and image buttons need an accessible name."""

from __future__ import annotations

from bs4 import Tag

from checkreport import Text

from ..dom import attr
from ..registry import Rule
from ._helpers import NAME_IT, ex, unnamed


def _is_image_button(node: Tag) -> bool:
    return node.name == "input" and attr(node, "type").strip().lower() == "image"


RULES = (
    Rule(
        id="button-name",
        kind="html",
        severity="error",
        act=("97a4e1",),
        wcag=("4.1.2",),
        title=Text(de="Schaltflächen haben einen Namen", en="Buttons have an accessible name"),
        message=Text(de="Die Schaltfläche hat keinen Namen.", en="The button has no accessible name."),
        suggestion=NAME_IT,
        check=unnamed(frozenset({"button"}), lambda node: not _is_image_button(node)),
        bad=(
            ex("<button></button>"),
            ex('<button><img src="lupe.svg" alt=""></button>'),
            ex('<button role="none"></button>'),
        ),
        good=(
            ex("<button>Suchen</button>"),
            ex('<span role="button" aria-label="Schließen" tabindex="0"></span>'),
            ex('<input type="reset">'),
            ex('<button role="none" disabled></button>'),
        ),
    ),
    Rule(
        id="image-button-name",
        kind="html",
        severity="error",
        act=("59796f",),
        wcag=("1.1.1", "4.1.2"),
        title=Text(de="Bild-Schaltflächen haben einen Namen", en="Image buttons have an accessible name"),
        message=Text(
            de="Die Bild-Schaltfläche hat keinen Alternativtext.",
            en="The image button has no text alternative.",
        ),
        suggestion=Text(
            de='Nennen Sie im alt-Attribut, was die Schaltfläche tut, z. B. alt="Suchen".',
            en='Say in the alt attribute what the button does, e.g. alt="Search".',
        ),
        check=unnamed(frozenset({"button"}), _is_image_button),
        bad=(ex('<input type="image" src="lupe.svg">'), ex('<input type="image" src="lupe.svg" alt="">')),
        good=(
            ex('<input type="image" src="lupe.svg" alt="Suchen">'),
            ex('<input type="image" src="lupe.svg" title="Suchen">'),
        ),
    ),
)
