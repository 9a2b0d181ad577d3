"""The rules that apply to one page: its locale's row in the Compliance settings, or the defaults.

Documented defaults (used when a site has no row for a locale):
- the checkers' own severities: an ``error`` finding blocks, ``warning`` and ``info`` inform;
- the plain-language threshold of the locale's profile (plainlanguage decides it per language);
- a recorded test reading is required for Leichte Sprache (``de-x-ls``) and not for other locales,
  because DIN SPEC 33429 makes the check by test readers part of Leichte Sprache.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field

from wagtail.models import Page, Site

TEST_READING_DEFAULT = {"de-x-ls": True}
SEVERITY_COLUMNS = {"error_rules": "error", "warning_rules": "warning", "off_rules": "off"}


@dataclass(frozen=True)
class RuleSettings:
    language_code: str
    threshold: float | None = None
    # rule id -> "error" | "warning" | "info" | "off"
    severities: dict[str, str] = field(default_factory=dict)
    require_test_reading: bool = False

    @property
    def fingerprint(self) -> str:
        payload = json.dumps(
            [self.language_code, self.threshold, sorted(self.severities.items()), self.require_test_reading]
        )
        return hashlib.sha256(payload.encode()).hexdigest()[:32]


def parse_rule_ids(text: str) -> list[str]:
    return [item for item in re.split(r"[\s,;]+", text or "") if item]


def known_rule_ids() -> set[str]:
    """Every rule id either checker knows: what the per-locale settings may name."""
    import a11y_checks
    import plainlanguage

    return set(plainlanguage.RULES) | {rule.id for rule in a11y_checks.RULES}


def defaults_for(language_code: str) -> RuleSettings:
    return RuleSettings(
        language_code=language_code,
        require_test_reading=TEST_READING_DEFAULT.get(language_code, False),
    )


def rules_for(page: Page) -> RuleSettings:
    from .models import ComplianceSettings, LocaleRules

    language_code = page.locale.language_code
    try:
        site = page.get_site()
    except Exception:  # an unsaved page (live check on create) may not resolve its site yet
        site = None
    site = site or Site.objects.filter(is_default_site=True).first()
    if site is None:
        return defaults_for(language_code)
    row = LocaleRules.objects.filter(
        settings__in=ComplianceSettings.objects.filter(site=site), locale_id=page.locale_id
    ).first()
    if row is None:
        return defaults_for(language_code)
    severities = {
        rule: severity
        for column, severity in SEVERITY_COLUMNS.items()
        for rule in parse_rule_ids(getattr(row, column))
    }
    return RuleSettings(
        language_code=language_code,
        threshold=row.threshold,
        severities=severities,
        require_test_reading=row.require_test_reading,
    )
