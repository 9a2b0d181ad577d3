"""The rules that apply to one page: its locale's row in the Compliance settings, or the defaults.

Documented defaults (used when a site has no row for a locale):
- the checkers' own severities: an ``error`` finding blocks, ``warning`` and ``info`` inform;
  except the rules in ``SITE_SEVERITIES``, which this site treats more strictly than the
  checkers do by default (see there);
- the plain-language threshold of the locale's profile (plainlanguage decides it per language);
- the score counts only for a page with at least ``MIN_WORDS_FOR_SCORE`` words: the readability
  formulas behind it say nothing about a title and two labels, so a short page is judged by its
  findings alone;
- a recorded test reading is required for Leichte Sprache (``de-x-ls``) and not for other locales,
  because DIN SPEC 33429 makes the check by test readers part of Leichte Sprache.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.cache import caches
from django.utils.module_loading import import_string

if TYPE_CHECKING:  # the checker service imports the defaults here without Wagtail installed
    from wagtail.models import Page, Site

TEST_READING_DEFAULT = {"de-x-ls": True}
# A checker reports a generic link text ("hier", "mehr") as a warning, because the surrounding
# sentence may make the target clear (WCAG 2.4.4). A city's pages are read link by link with a
# screen reader's link list (WCAG 2.4.9), so here it blocks; a justified case is marked "checked, fine".
SITE_SEVERITIES = {"link-generic-text": "error"}
MIN_WORDS_FOR_SCORE = 50

# Values that cannot change within one request (a locale's rules, a revision's assessment), kept
# while it runs: an editor's publish reads them in the admin hook and again in the publish action.
# ComplianceMiddleware opens the scope; outside one (commands, code) nothing is kept.
request_memo: ContextVar[dict | None] = ContextVar("compliance_request_memo", default=None)


@contextmanager
def memo_scope() -> Iterator[dict]:
    memo: dict = {}
    token = request_memo.set(memo)
    try:
        yield memo
    finally:
        request_memo.reset(token)


SEVERITY_COLUMNS = {"error_rules": "error", "warning_rules": "warning", "off_rules": "off"}


@dataclass(frozen=True)
class RuleSettings:
    language_code: str
    threshold: float | None = None
    # rule id -> "error" | "warning" | "info" | "off"
    severities: dict[str, str] = field(default_factory=dict)
    require_test_reading: bool = False
    # Words the site explains (its glossary): the plain-language checker counts them as explained.
    glossary: tuple[str, ...] = ()

    @property
    def fingerprint(self) -> str:
        payload = json.dumps(
            [
                self.language_code,
                self.threshold,
                sorted(self.severities.items()),
                self.require_test_reading,
                self.glossary,
                checker_version(),
            ]
        )
        return hashlib.sha256(payload.encode()).hexdigest()[:32]


@cache
def checker_version() -> str:
    """What the checkers are: their rule ids and default severities, and a digest of their code and
    word lists. Part of the fingerprint, so a release that changes a rule re-checks stored reports
    and cached results instead of trusting what the old code found."""
    import a11y_checks
    import checkreport
    import plainlanguage

    rules = sorted(
        [(rule_id, sorted(rule.severities.items())) for rule_id, rule in plainlanguage.RULES.items()]
        + [(rule.id, rule.severity) for rule in a11y_checks.RULES]
    )
    digest = hashlib.sha256(json.dumps(rules).encode())
    for package in (plainlanguage, a11y_checks, checkreport):
        root = Path(package.__file__).parent
        for path in sorted(root.rglob("*")):
            if path.suffix in (".py", ".json", ".txt", ".toml") and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(root)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def parse_rule_ids(text: str) -> list[str]:
    return [item for item in re.split(r"[\s,;]+", text or "") if item]


def known_rule_ids() -> set[str]:
    """Every rule id either checker knows: what the per-locale settings may name."""
    import a11y_checks
    import plainlanguage

    return set(plainlanguage.RULES) | {rule.id for rule in a11y_checks.RULES}


def glossary_terms(language_code: str) -> tuple[str, ...]:
    """The site's explained words, from the callable named in ``COMPLIANCE_GLOSSARY`` (a dotted
    path taking a language code and returning terms or a term -> explanation mapping); none without."""
    path = getattr(settings, "COMPLIANCE_GLOSSARY", None)
    if not path:
        return ()
    return tuple(sorted(import_string(path)(language_code)))


def defaults_for(language_code: str) -> RuleSettings:
    return RuleSettings(
        language_code=language_code,
        severities=dict(SITE_SEVERITIES),
        require_test_reading=TEST_READING_DEFAULT.get(language_code, False),
        glossary=glossary_terms(language_code),
    )


def results_cache():
    """The "compliance" cache when the site defines one (kept apart from sessions and rate limits)."""
    return caches["compliance" if "compliance" in settings.CACHES else "default"]


# A locale's rules, kept across requests in each process: reading them costs six queries (locale,
# site, settings row, glossary), and every check, live check and audited page needs them. Saving
# anything they are read from sets a new generation in the shared cache, which every process
# compares before it trusts its copy. Where the cache is not shared between processes (LocMemCache),
# another process notices after COMPLIANCE_RULES_CACHE_SECONDS (60) at the latest.
RULES_GENERATION_KEY = "compliance:rules-generation"
# (kind, ids) -> (generation, when read, value): a locale's rules, and a site's row
_kept: dict[tuple, tuple[str, float, Any]] = {}
SITE_FIELDS = ("id", "hostname", "port", "site_name", "root_page_id", "is_default_site")


def rules_cache_seconds() -> float:
    return getattr(settings, "COMPLIANCE_RULES_CACHE_SECONDS", 60)


def rules_generation() -> str:
    cache = results_cache()
    generation = cache.get(RULES_GENERATION_KEY)
    if generation is None:  # never set, or evicted: a new one, so no process trusts an old copy
        cache.add(RULES_GENERATION_KEY, uuid.uuid4().hex, None)
        generation = cache.get(RULES_GENERATION_KEY) or ""
    return generation


def forget_kept_rules() -> None:
    """This process's copies only (tests; the generation tells other processes)."""
    _kept.clear()


def kept(key: tuple, read: Callable[[], Any]) -> Any:
    """``read()``, kept in this process until the rules' generation changes (or the time runs out)."""
    generation = rules_generation()
    found = _kept.get(key)
    if found and found[0] == generation and time.monotonic() - found[1] < rules_cache_seconds():
        return found[2]
    value = read()
    _kept[key] = (generation, time.monotonic(), value)
    return value


def rules_changed(*args, **kwargs) -> None:
    """Forget the kept rules everywhere (a signal receiver: saving settings, locales, sites, glossary).

    The generation changes at once and again after the commit: a process that read the rows
    between the two kept the old ones under the first generation only."""
    _kept.clear()
    results_cache().set(RULES_GENERATION_KEY, uuid.uuid4().hex, None)
    from django.db import transaction

    transaction.on_commit(lambda: results_cache().set(RULES_GENERATION_KEY, uuid.uuid4().hex, None))


def rules_for(page: Page) -> RuleSettings:
    memo = request_memo.get()
    # keyed by page: a page's site and locale do not change within a request
    key = ("rules", page.pk, page.locale_id) if page.pk else None
    if memo is not None and key in memo:
        return memo[key]
    site_id = _site_id(page)
    rules = kept(
        ("rules", site_id, page.locale_id),
        lambda: _rules_for_site(site_id, page.locale_id, page.locale.language_code),
    )
    if memo is not None and key is not None:
        memo[key] = rules
    return rules


def site_for(page: Page) -> Site | None:
    """The page's Site, its row kept like the rules (saving a site drops it); a new instance each
    call, so nothing one request caches on it reaches another. Rendering a page for its check hands
    it to the request, which spares the query that looks the site up by host name."""
    from wagtail.models import Site

    site_id = _site_id(page)
    if site_id is None:
        return None
    values = kept(("site", site_id), lambda: Site.objects.filter(pk=site_id).values(*SITE_FIELDS).first())
    return Site(**values) if values else None


def prime_locale(page: Page) -> None:
    """Give the page its Locale from the kept rows (saving a locale drops them), so its template's
    ``page.locale`` costs no query; a page whose locale is loaded already is left as it is."""
    from wagtail.models import Locale, Page

    if page.locale_id is None or Page._meta.get_field("locale").is_cached(page):
        return
    values = kept(
        ("locale", page.locale_id), lambda: Locale.objects.filter(pk=page.locale_id).values().first()
    )
    if values:
        page.locale = Locale(**values)


def _site_id(page: Page) -> int | None:
    """The page's site from Wagtail's cached site root paths (no query), else the default site."""
    from wagtail.models import Site

    try:
        parts = page.get_url_parts()
    except Exception:  # an unsaved page (live check on create) may not resolve its site yet
        parts = None
    if parts:
        return parts[0]
    return Site.objects.filter(is_default_site=True).values_list("pk", flat=True).first()


def _rules_for_site(site_id: int | None, locale_id: int | None, language_code: str) -> RuleSettings:
    from .models import LocaleRules

    if site_id is None:
        return defaults_for(language_code)
    row = LocaleRules.objects.filter(settings__site_id=site_id, locale_id=locale_id).first()
    if row is None:
        return defaults_for(language_code)
    severities = dict(SITE_SEVERITIES)
    severities |= {
        rule: severity
        for column, severity in SEVERITY_COLUMNS.items()
        for rule in parse_rule_ids(getattr(row, column))
    }
    return RuleSettings(
        language_code=language_code,
        threshold=row.threshold,
        severities=severities,
        require_test_reading=(
            TEST_READING_DEFAULT.get(language_code, False)
            if row.require_test_reading is None
            else row.require_test_reading
        ),
        glossary=glossary_terms(language_code),
    )
