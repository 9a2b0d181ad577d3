"""Form fields need an accessible name (a label)."""

from __future__ import annotations

from checkreport import Text

from ..data.aria import FORM_FIELD_ROLES
from ..registry import Rule
from ._helpers import ex, unnamed

RULES = (
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
        check=unnamed(FORM_FIELD_ROLES, lambda node: True),
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
)
