"""Audit-log actions of the gate: overrides (with reason and findings) and "checked, fine" marks."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.log_actions import LogFormatter

from .gate import BLOCKED_ACTION, OVERRIDE_ACTION
from .models import TestReading

MARK_ACTION = "compliance.mark"
TEST_READING_ACTION = "compliance.test_reading"


class OverrideFormatter(LogFormatter):
    label = _("Published despite findings")

    def format_message(self, log_entry) -> str:
        count = len(log_entry.data.get("findings", []))
        return ngettext(
            "Published despite %(count)d blocking finding",
            "Published despite %(count)d blocking findings",
            count,
        ) % {"count": count}

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
        result = log_entry.data.get("result", "")
        if result in TestReading.Result.values:
            result = TestReading.Result(result).label
        values = {"readers": log_entry.data.get("readers", ""), "result": result}
        change = log_entry.data.get("change", "added")
        if change == "changed":
            return _("Test reading by %(readers)s corrected: %(result)s") % values
        if change == "deleted":
            return _("Test reading by %(readers)s deleted (was: %(result)s)") % values
        return _("Test reading by %(readers)s: %(result)s") % values


class BlockedFormatter(LogFormatter):
    label = _("Scheduled publishing refused by the compliance check")

    def format_message(self, log_entry) -> str:
        count = len(log_entry.data.get("findings", []))
        message = ngettext(
            "Not published at the scheduled time: %(count)d blocking finding",
            "Not published at the scheduled time: %(count)d blocking findings",
            count,
        ) % {"count": count}
        if log_entry.data.get("missing_test_reading"):
            message += " " + str(_("(no test reading of this content)"))
        return message


def register(actions) -> None:
    for action, formatter in (
        (OVERRIDE_ACTION, OverrideFormatter),
        (MARK_ACTION, MarkFormatter),
        (TEST_READING_ACTION, TestReadingFormatter),
        (BLOCKED_ACTION, BlockedFormatter),
    ):
        actions.register_action(action)(formatter)
