"""Findings told to people: which field, what, in the admin language. Messages come from the checkers."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from django.core.exceptions import NON_FIELD_ERRORS, FieldDoesNotExist
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Page

from checkreport import Finding

if TYPE_CHECKING:
    from .store import Assessment

PATH_TOKEN = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def admin_language() -> str:
    return (get_language() or "de")[:2]


def field_name(path: str) -> str:
    """The model field a path starts at: "body[2].text" -> "body"; "" -> the page as a whole."""
    match = PATH_TOKEN.match(path or "")
    return match.group(1) if match and match.group(1) else NON_FIELD_ERRORS


def field_label(page: Page | None, path: str) -> str:
    """A readable place: "Inhalt › 3. Block (Abschnitt) › Text" for "body[2].text"."""
    if not path:
        return _("Page as shown")
    tokens = [(name, index) for name, index in PATH_TOKEN.findall(path)]
    parts: list[str] = []
    value: Any = page
    for name, index in tokens:
        if name:
            parts.append(_label_of(value, name))
            value = _child(value, name)
        else:
            number = int(index)
            item = _item(value, number)
            block = getattr(item, "block", None)
            suffix = f" ({block.label})" if block is not None and getattr(block, "label", None) else ""
            parts.append(_("block %(number)s") % {"number": number + 1} + suffix)
            value = getattr(item, "value", item)
    return " › ".join(parts)


def _label_of(value: Any, name: str) -> str:
    meta = getattr(value, "_meta", None)
    if meta is not None:
        try:
            field = meta.get_field(name)
        except FieldDoesNotExist:
            return name.replace("_", " ").capitalize()
        # A reverse relation (an InlinePanel's child objects) has no verbose_name; its model has.
        label = getattr(field, "verbose_name", None) or field.related_model._meta.verbose_name_plural
        return str(label).capitalize()
    block = getattr(value, "block", None)
    child = getattr(block, "child_blocks", {}).get(name)
    return str(child.label) if child is not None else name.replace("_", " ").capitalize()


def _child(value: Any, name: str) -> Any:
    try:
        return value[name] if hasattr(value, "keys") else getattr(value, name, None)
    except (KeyError, TypeError):
        return None


def _item(value: Any, index: int) -> Any:
    try:
        if hasattr(value, "all") and callable(value.all):
            return list(value.all())[index]
        return value[index]
    except (IndexError, TypeError, KeyError):
        return None


def describe(finding: Finding, page: Page | None = None, language: str | None = None) -> str:
    language = language or admin_language()
    text = finding.message.get(language)
    if finding.excerpt:
        text = f"{text} „{finding.excerpt[:80]}“"
    return f"{field_label(page, finding.field)}: {text}"


def gate_reasons(assessment: Assessment) -> list[str]:
    """Reasons beyond single findings: the score, the missing test reading."""
    reasons = []
    if assessment.below_threshold:
        reasons.append(
            _("Comprehensibility score %(score).1f is below the minimum %(threshold).1f.")
            % {"score": assessment.report.score, "threshold": assessment.report.threshold}
        )
    if assessment.missing_test_reading:
        reasons.append(
            _(
                "Leichte Sprache needs a recorded test reading of this content by test readers before it goes live."
            )
        )
    return reasons


def error_dict(assessment: Assessment, page: Page) -> dict[str, list[str]]:
    """{field: [messages]}: the shape wagtail-localize and the APIs read from a ValidationError."""
    errors: dict[str, list[str]] = {}
    for finding in assessment.blocking:
        errors.setdefault(field_name(finding.field), []).append(describe(finding, page))
    for reason in gate_reasons(assessment):
        errors.setdefault(NON_FIELD_ERRORS, []).append(reason)
    return errors


def summary_lines(assessment: Assessment, page: Page) -> list[str]:
    return [describe(finding, page) for finding in assessment.blocking] + gate_reasons(assessment)
