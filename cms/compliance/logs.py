"""Audit-log actions of the gate: overrides (with reason and findings) and "checked, fine" marks."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import LogFormatter

from .gate import OVERRIDE_ACTION

MARK_ACTION = "compliance.mark"
TEST_READING_ACTION = "compliance.test_reading"


class OverrideFormatter(LogFormatter):
    label = _("Published despite findings")

    def format_message(self, log_entry) -> str:
        count = len(log_entry.data.get("findings", []))
        return _("Published despite %(count)s blocking findings") % {"count": count}

    def format_comment(self, log_entry) -> str:
        return log_entry.data.get("reason", "")


class MarkFormatter(LogFormatter):
    label = _("Finding marked as checked and fine")

    def format_message(self, log_entry) -> str:
        return _("Marked “%(rule)s” as fine") % {"rule": log_entry.data.get("rule", "")}

    def format_comment(self, log_entry) -> str:
        return log_entry.data.get("reason", "")


class TestReadingFormatter(LogFormatter):
    label = _("Test reading recorded")

    def format_message(self, log_entry) -> str:
        return _("Test reading by %(readers)s: %(result)s") % {
            "readers": log_entry.data.get("readers", ""),
            "result": log_entry.data.get("result", ""),
        }


def register(actions) -> None:
    for action, formatter in (
        (OVERRIDE_ACTION, OverrideFormatter),
        (MARK_ACTION, MarkFormatter),
        (TEST_READING_ACTION, TestReadingFormatter),
    ):
        actions.register_action(action)(formatter)
