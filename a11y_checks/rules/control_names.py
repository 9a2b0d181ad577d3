"""Buttons, image buttons, menu items, summaries and form fields need an accessible name."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from bs4 import Tag

from checkreport import Text

from ..data.aria import FORM_FIELD_ROLES
from ..dom import Page, attr
from ..registry import Hit, Rule
from ._helpers import ex, exposed_with_role


def _is_image_button(node: Tag) -> bool:
    return node.name == "input" and attr(node, "type").strip().lower() == "image"


def _unnamed(roles: frozenset[str], accept: Callable[[Tag], bool]) -> Callable[[Page], Iterator[Hit]]:
    def check(page: Page) -> Iterator[Hit]:
        for node in exposed_with_role(page, roles):
            if accept(node) and not page.name(node).strip():
                yield Hit(node)

    return check


def _unnamed_summaries(page: Page) -> Iterator[Hit]:
    for details in page.by_tag.get("details", ()):
        summary = details.find("summary", recursive=False)
        if summary is not None and not page.is_excluded(summary) and not page.name(summary).strip():
            yield Hit(summary)


_NAME_IT = Text(
    de="Geben Sie dem Element einen sichtbaren Text, ein <label> oder ein aria-label.",
    en="Give the element visible text, a <label> or an aria-label.",
)

RULES = (
    Rule(
        id="button-name",
        kind="html",
        severity="error",
        act=("97a4e1",),
        wcag=("4.1.2",),
        title=Text(de="Schaltflächen haben einen Namen", en="Buttons have an accessible name"),
        message=Text(de="Die Schaltfläche hat keinen Namen.", en="The button has no accessible name."),
        suggestion=_NAME_IT,
        check=_unnamed(frozenset({"button"}), lambda node: not _is_image_button(node)),
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
        check=_unnamed(frozenset({"button"}), _is_image_button),
        bad=(ex('<input type="image" src="lupe.svg">'), ex('<input type="image" src="lupe.svg" alt="">')),
        good=(
            ex('<input type="image" src="lupe.svg" alt="Suchen">'),
            ex('<input type="image" src="lupe.svg" title="Suchen">'),
        ),
    ),
    Rule(
        id="form-field-name",
        kind="html",
        severity="error",
        act=("e086e5",),
        wcag=("4.1.2",),
        title=Text(de="Formularfelder haben einen Namen", en="Form fields have an accessible name"),
        message=Text(de="Das Formularfeld hat keine Beschriftung.", en="The form field has no label."),
        suggestion=Text(
            de="Verbinden Sie ein <label for=…> mit dem Feld oder umschließen Sie es mit dem <label>.",
            en="Connect a <label for=…> to the field or wrap the field in the <label>.",
        ),
        check=_unnamed(FORM_FIELD_ROLES, lambda node: True),
        bad=(
            ex('<input type="text" name="plz">'),
            ex('<label>Ort <div role="textbox"></div></label>'),
            ex("<select><option>Dresden</option></select>"),
        ),
        good=(
            ex('<label for="plz">Postleitzahl</label><input id="plz" type="text">'),
            ex('<label>E-Mail <input type="email"></label>'),
            ex('<input type="search" aria-label="Suche">'),
            ex('<input type="hidden" name="token">'),
        ),
    ),
    Rule(
        id="menuitem-name",
        kind="html",
        severity="error",
        act=("m6b1q3",),
        wcag=("4.1.2",),
        title=Text(de="Menüpunkte haben einen Namen", en="Menu items have an accessible name"),
        message=Text(de="Der Menüpunkt hat keinen Namen.", en="The menu item has no accessible name."),
        suggestion=_NAME_IT,
        check=_unnamed(frozenset({"menuitem"}), lambda node: True),
        bad=(ex('<div role="menu"><button role="menuitem"><img src="neu.svg" alt=""></button></div>'),),
        good=(ex('<div role="menu"><button role="menuitem">Neue Datei</button></div>'),),
    ),
    Rule(
        id="summary-name",
        kind="html",
        severity="error",
        act=("2t702h",),
        wcag=("4.1.2",),
        title=Text(
            de="Aufklapp-Überschriften haben einen Namen", en="Summary elements have an accessible name"
        ),
        message=Text(
            de="Die <summary> zum Aufklappen hat keinen Text.",
            en="The <summary> that opens the details has no text.",
        ),
        suggestion=Text(
            de="Schreiben Sie in die <summary>, was sich aufklappt.", en="Put in the <summary> what opens."
        ),
        check=_unnamed_summaries,
        bad=(ex("<details><summary></summary><p>Öffnungszeiten: Mo–Fr 8–16 Uhr</p></details>"),),
        good=(ex("<details><summary>Öffnungszeiten</summary><p>Mo–Fr 8–16 Uhr</p></details>"),),
    ),
)
