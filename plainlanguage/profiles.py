"""The three profiles: which rules run, with which thresholds and severities, and why.

Defaults and their sources:
- ``de-x-ls``: DIN SPEC 33429:2025-03 and the Netzwerk Leichte Sprache rules (2013/2018). Sentence
  limits follow the common practice of 8-12 words (LanguageTool's simple-language module flags 12+).
- ``de``: DIN 8581-1 and ISO 24495-1 (Einfache Sprache / plain language); the index threshold follows
  the Hohenheim practice targets (about 12 for technical texts, 14 for letters, 16 for the web).
- ``en``: ISO 24495-1; the grade limit follows the plain-language habit of writing for grade 8.
Every value can be overridden per site or locale with :meth:`Profile.with_overrides`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Literal

from checkreport import SEVERITIES, Severity
from plainlanguage.registry import RULES, Rule

Setting = Severity | Literal["off"]


@dataclass(frozen=True, slots=True)
class Profile:
    name: str
    language: str
    threshold: float
    params: Mapping[str, float]
    severities: Mapping[str, Setting] = field(default_factory=dict)  # overrides of rule defaults
    source: str = ""

    def severity(self, rule: Rule) -> Severity | None:
        """Severity of ``rule`` here, or None when it does not run.

        Only the profile's own rules run: an override for another profile's rule (a site setting
        shared by all locales, say) is ignored, as that rule's limits are not defined here.
        """
        if self.name not in rule.severities:
            return None
        setting = self.severities.get(rule.id, rule.severities[self.name])
        return None if setting in (None, "off") else setting  # type: ignore[return-value]

    def rules(self) -> list[Rule]:
        return [rule for rule in RULES.values() if self.severity(rule)]

    def with_overrides(
        self,
        *,
        severities: Mapping[str, Setting] | None = None,
        threshold: float | None = None,
        params: Mapping[str, float] | None = None,
    ) -> Profile:
        """A copy with other severities ("off" switches a rule off), threshold or parameters."""
        severities = dict(severities or {})
        unknown = set(severities) - set(RULES)
        if unknown:
            raise ValueError(f"unknown rule ids: {', '.join(sorted(unknown))}")
        bad = {key: value for key, value in severities.items() if value not in (*SEVERITIES, "off")}
        if bad:
            raise ValueError(f"severities must be one of {(*SEVERITIES, 'off')}: {bad}")
        unknown = set(params or {}) - set(self.params)
        if unknown:
            raise ValueError(f"unknown parameters for {self.name}: {', '.join(sorted(unknown))}")
        return replace(
            self,
            severities=MappingProxyType({**self.severities, **severities}),
            threshold=self.threshold if threshold is None else float(threshold),
            params=MappingProxyType({**self.params, **(params or {})}),
        )


PROFILES: dict[str, Profile] = {
    "de-x-ls": Profile(
        name="de-x-ls",
        language="de",
        threshold=15.0,
        source="DIN SPEC 33429:2025-03; Netzwerk Leichte Sprache, Die Regeln für Leichte Sprache (2013)",
        params=MappingProxyType(
            {
                "sentence_words_warning": 12,  # LanguageTool simple-language: over 12 words
                "sentence_words_error": 15,  # clearly not one statement any more
                "overload_words": 11,  # above this, a second clause or hard grammar makes an error
                "compound_letters_warning": 11,  # split compounds of this length and more
                "compound_letters_error": 16,
                "long_word_letters": 14,  # LanguageTool: words of 14+ letters
                "rare_zipf": 3.0,  # below: rare word (fewer than 1 in a million words)
                "big_number": 1000,
            }
        ),
    ),
    "de": Profile(
        name="de",
        language="de",
        threshold=10.0,
        source="DIN 8581-1; ISO 24495-1:2023; Hohenheimer Verständlichkeitsindex practice targets",
        params=MappingProxyType(
            {
                "sentence_words_warning": 25,
                "sentence_words_error": 40,
                "long_word_letters": 20,
                "clauses_warning": 3,  # three or more subordinate clauses in one sentence
                "nominal_share_warning": 0.08,  # share of -ung/-heit/-keit/-ion nouns in the text
                "passive_share_warning": 0.3,  # share of sentences in passive voice
            }
        ),
    ),
    "en": Profile(
        name="en",
        language="en",
        threshold=10.0,
        source="ISO 24495-1:2023; plain-language practice of writing for reading grade 8",
        params=MappingProxyType(
            {
                "sentence_words_warning": 25,
                "sentence_words_error": 40,
                "long_word_syllables": 5,
                "rare_zipf": 2.5,
                "grade_warning": 9.0,
                "grade_error": 13.0,
            }
        ),
    ),
}


def get_profile(name: str | Profile) -> Profile:
    if isinstance(name, Profile):
        return name
    try:
        return PROFILES[name]
    except KeyError:
        raise ValueError(f"unknown profile {name!r}; choose one of {', '.join(PROFILES)}") from None
