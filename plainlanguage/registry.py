"""Rule metadata and the registry: one place that knows every rule, rejecting incomplete ones."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from checkreport import SEVERITIES, Severity, Text

if TYPE_CHECKING:
    from plainlanguage.profiles import Profile
    from plainlanguage.text import Document

PROFILE_NAMES = ("de", "en", "de-x-ls")
_RULE_ID = re.compile(r"^[a-z][a-z0-9-]+$")
_MARK = re.compile(r"\[\[(.+?)\]\]")


class Hit(NamedTuple):
    """One place a rule found: offsets into the analysed text, the suggestion, message values."""

    start: int
    end: int
    suggestion: Text
    values: Mapping[str, object] = {}


Check = Callable[["Document", "Profile"], Iterable[Hit]]


@dataclass(frozen=True, slots=True)
class Example:
    """A sentence for one profile. Bad examples mark each expected finding as ``[[span]]``."""

    profile: str
    text: str
    bad: bool

    @property
    def plain(self) -> str:
        return _MARK.sub(r"\1", self.text)

    @property
    def spans(self) -> list[tuple[int, int]]:
        spans, removed = [], 0
        for match in _MARK.finditer(self.text):
            start = match.start() - removed
            spans.append((start, start + len(match.group(1))))
            removed += 4
        return spans


def bad(profile: str, text: str) -> Example:
    return Example(profile, text, bad=True)


def good(profile: str, text: str) -> Example:
    return Example(profile, text, bad=False)


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    title: Text
    message: Text  # may use the values of a Hit, e.g. "{words}"
    severities: Mapping[str, Severity]  # default severity per profile the rule belongs to
    references: Mapping[str, tuple[str, ...]]
    check: Check
    examples: tuple[Example, ...]

    @property
    def profiles(self) -> tuple[str, ...]:
        return tuple(self.severities)


class RuleRegistry(dict[str, Rule]):
    """Rules by id, in registration order."""

    def register(self, rule: Rule) -> Rule:
        problems = rule_problems(rule)
        if rule.id in self:
            problems.append("duplicate id")
        if problems:
            raise ValueError(f"rule {rule.id!r}: {', '.join(problems)}")
        self[rule.id] = rule
        return rule

    def for_profile(self, profile: str) -> list[Rule]:
        return [rule for rule in self.values() if profile in rule.severities]


def hits(check: Check, document: Document, profile: Profile) -> list[Hit]:
    """What ``check`` finds in ``document``, computed once per text: a rule may build on another's."""
    return document.memo(("hits", check, id(profile)), lambda: list(check(document, profile)))


def rule_problems(rule: Rule) -> list[str]:
    problems = []
    if not _RULE_ID.match(rule.id):
        problems.append("id must be lower-case-with-dashes")
    for name in ("title", "message"):
        text = getattr(rule, name)
        if not (text.de.strip() and text.en.strip()):
            problems.append(f"{name} needs German and English")
    if not rule.severities or not set(rule.severities) <= set(PROFILE_NAMES):
        problems.append(f"severities must name profiles of {PROFILE_NAMES}")
    if any(severity not in SEVERITIES for severity in rule.severities.values()):
        problems.append("unknown severity")
    if not rule.references or not all(rule.references.values()):
        problems.append("references missing")
    for profile in rule.severities:
        kinds = {example.bad for example in rule.examples if example.profile == profile}
        if kinds != {True, False}:
            problems.append(f"needs good and bad examples for {profile}")
    if any(example.bad and not example.spans for example in rule.examples):
        problems.append("bad example without [[marked]] span")
    return problems


RULES = RuleRegistry()
register = RULES.register
