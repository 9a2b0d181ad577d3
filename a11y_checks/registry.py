"""Rule metadata and the registry that holds every rule once.

A rule is a small unit in the manner of axe-core and LanguageTool: a stable id, the standards it
implements, a default severity, messages in German and English, and good/bad examples that the
test suite runs. The registry refuses a rule whose metadata is incomplete or whose id is taken.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any, Literal

from checkreport import SEVERITIES, Severity, Text

Kind = Literal["html", "pdf"]
Scope = Literal["any", "document"]


@dataclass(frozen=True, slots=True)
class Example:
    """Markup (or, for PDF rules, a function that builds PDF bytes) a rule must or must not flag."""

    source: str | Callable[[], bytes]
    fragment: bool = True
    # The language the page should be in (check_html's lang); None: not given.
    lang: str | None = "de"
    # Extra keyword arguments for the check call, e.g. a lower size limit for a PDF example.
    options: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Hit:
    """One place a rule's check found: the node, and values for the message placeholders."""

    node: Any = None
    params: dict[str, Any] = field(default_factory=dict)
    excerpt: str | None = None
    location: str | None = None


Check = Callable[[Any], Iterable[Hit]]


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    kind: Kind
    severity: Severity
    title: Text
    message: Text
    suggestion: Text
    check: Check
    wcag: tuple[str, ...]
    bad: tuple[Example, ...]
    good: tuple[Example, ...]
    act: tuple[str, ...] = ()
    scope: Scope = "any"
    # For author rules that no WCAG criterion requires: the practice they follow.
    practice: str = ""

    @property
    def en_301_549(self) -> list[str]:
        # EN 301 549 repeats WCAG: clause 9 for web pages, clause 10 for other documents (PDF).
        chapter = "9" if self.kind == "html" else "10"
        return [f"{chapter}.{sc}" for sc in self.wcag]

    @property
    def references(self) -> dict[str, list[str]]:
        # BITV 2.0 (§ 3, Anlage 1) requires EN 301 549; its requirements are the same clauses.
        return {
            "wcag": list(self.wcag),
            "act": list(self.act),
            "en_301_549": self.en_301_549,
            "bitv": self.en_301_549,
        }

    def describe(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "severity": self.severity,
            "scope": self.scope,
            "title": {"de": self.title.de, "en": self.title.en},
            "description": {"de": self.message.de, "en": self.message.en},
            "suggestion": {"de": self.suggestion.de, "en": self.suggestion.en},
            "practice": self.practice,
            **self.references,
        }


class RegistryError(ValueError):
    pass


class Registry:
    """All rules by id, in registration order."""

    def __init__(self) -> None:
        self._rules: dict[str, Rule] = {}

    def add(self, rule: Rule) -> Rule:
        problems = _missing_metadata(rule)
        if problems:
            raise RegistryError(f"rule {rule.id!r}: {', '.join(problems)}")
        if rule.id in self._rules:
            raise RegistryError(f"duplicate rule id {rule.id!r}")
        self._rules[rule.id] = rule
        return rule

    def __getitem__(self, rule_id: str) -> Rule:
        return self._rules[rule_id]

    def __contains__(self, rule_id: object) -> bool:
        return rule_id in self._rules

    def __iter__(self) -> Iterator[Rule]:
        return iter(self._rules.values())

    def __len__(self) -> int:
        return len(self._rules)

    def of_kind(self, kind: Kind) -> list[Rule]:
        return [rule for rule in self._rules.values() if rule.kind == kind]

    def by_act(self, act_id: str) -> list[Rule]:
        return [rule for rule in self._rules.values() if act_id in rule.act]

    def load_package(self, package: ModuleType) -> None:
        """Import every module of a package and add the rules it declares in ``RULES``."""
        for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
            if info.name.startswith("_"):  # shared helpers, not rules
                continue
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            declared = getattr(module, "RULES", None)
            if not declared:
                raise RegistryError(f"module {module.__name__} declares no RULES")
            for rule in declared:
                self.add(rule)


def _missing_metadata(rule: Rule) -> list[str]:
    problems = []
    if not rule.id or rule.id != rule.id.strip().lower() or " " in rule.id:
        problems.append("id must be lower-case without spaces")
    if rule.severity not in SEVERITIES:
        problems.append(f"unknown severity {rule.severity!r}")
    for name in ("title", "message", "suggestion"):
        text = getattr(rule, name)
        if not isinstance(text, Text) or not text.de.strip() or not text.en.strip():
            problems.append(f"{name} needs German and English")
    if not rule.wcag and not rule.practice:
        problems.append("no WCAG success criterion and no practice named")
    if not rule.bad or not rule.good:
        problems.append("needs good and bad examples")
    if not callable(rule.check):
        problems.append("check is not callable")
    return problems
