"""The runner: the one place that calls plainlanguage and a11y_checks.

Text of all fields is analysed in one pass (tokenised once, one score for the page) and each
finding is handed back to the field it starts in. The rendered page is checked as a whole
document (lang, title, heading order in place), each rich-text field and image as a fragment so
its findings name the field, linked PDFs with check_pdf. A checker that raises or times out
becomes a blocking finding with an honest message (fail closed) and the error is logged.
"""

from __future__ import annotations

import hashlib
import logging
from bisect import bisect_right
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, replace

from django.conf import settings
from django.core.cache import caches
from django.utils import translation
from wagtail.models import Page

from checkreport import Finding, Report, Text

from .extract import DOCUMENT, HTML, IMAGE, TEXT, Unit, content_hash, extract
from .profiles import RuleSettings

logger = logging.getLogger(__name__)

CHECKER_FAILED = "compliance-checker-failed"
PAGE_FIELD = ""  # findings about the page as a whole (rendered HTML, overall score)
SEPARATOR = "\n\n"
CACHE_SECONDS = 3600
_pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="compliance-check")


@dataclass
class CheckOutcome:
    report: Report
    units: list[Unit]
    content_hash: str
    checker_failed: bool


def profile_for(language_code: str) -> str:
    """de-x-ls keeps its own profile; a regional variant (de-at) falls back to its language."""
    return language_code if language_code in ("de", "en", "de-x-ls") else language_code.split("-")[0]


def failure(name: str, error: BaseException | str) -> Report:
    logger.error("compliance checker %s failed: %s", name, error, exc_info=isinstance(error, BaseException))
    finding = Finding(
        rule=CHECKER_FAILED,
        severity="error",
        message=Text(
            de=f"Die Prüfung ({name}) ist fehlgeschlagen. Die Seite kann erst veröffentlicht werden, "
            "wenn die Prüfung wieder läuft. Der Fehler wurde protokolliert.",
            en=f"The check ({name}) failed. The page cannot be published until the check runs again. "
            "The error has been logged.",
        ),
    )
    return Report(checker=name, profile="", findings=[finding])


def guarded(name: str, call: Callable[[], Report]) -> Report:
    """Run one checker call with a time limit; any failure is reported, never swallowed."""
    timeout = getattr(settings, "COMPLIANCE_CHECK_TIMEOUT", 20)
    try:
        return _pool.submit(call).result(timeout=timeout)
    except FutureTimeout:
        return failure(name, f"no result after {timeout} s")
    except Exception as error:
        return failure(name, error)


# --- the checkers --------------------------------------------------------------------------------


def split_severities(rules: RuleSettings) -> tuple[dict[str, str], dict[str, str]]:
    """The per-locale severities, split between the two libraries (each rejects ids it does not know)."""
    import a11y_checks
    import plainlanguage

    language_ids = set(plainlanguage.RULES)
    html_ids = {rule.id for rule in a11y_checks.RULES}
    unknown = set(rules.severities) - language_ids - html_ids - {CHECKER_FAILED}
    if unknown:
        logger.warning("compliance settings name unknown rules, ignored: %s", ", ".join(sorted(unknown)))
    language = {rule: level for rule, level in rules.severities.items() if rule in language_ids}
    html = {rule: level for rule, level in rules.severities.items() if rule in html_ids}
    return language, html


def check_language(
    units: list[Unit], profile: str, rules: RuleSettings, severities: dict[str, str]
) -> Report:
    from plainlanguage import analyze
    from plainlanguage.text import normalise

    # Each unit is normalised on its own, so the joined text is already in analysed form and a
    # finding's offsets fall inside exactly one unit.
    texts = [(unit, normalise(unit.text)) for unit in units if unit.kind in (TEXT, HTML) and unit.text]
    texts = [(unit, text) for unit, text in texts if text]
    joined = SEPARATOR.join(text for _unit, text in texts)
    report = guarded(
        "plainlanguage",
        lambda: analyze(joined, profile=profile, severities=severities or None, threshold=rules.threshold),
    )
    analysed = getattr(report, "text", joined) or joined
    starts, position = [], 0
    for _unit, text in texts:
        found = analysed.find(text, position)
        starts.append(found if found >= 0 else position)
        position = starts[-1] + len(text)
    located = []
    for finding in report.findings:
        if finding.start is None or not texts or finding.rule == CHECKER_FAILED:
            located.append(finding.at(PAGE_FIELD))
            continue
        index = max(bisect_right(starts, finding.start) - 1, 0)
        base = starts[index]
        end = None if finding.end is None else finding.end - base
        located.append(replace(finding, start=finding.start - base, end=end).at(texts[index][0].path))
    return Report(
        checker=report.checker,
        profile=report.profile,
        findings=located,
        score=report.score,
        threshold=report.threshold,
        metrics=report.metrics,
    )


def check_fragments(units: list[Unit], lang: str, severities: dict[str, str]) -> list[Report]:
    from a11y_checks import check_html

    reports = []
    for unit in units:
        if unit.kind in (HTML, IMAGE) and unit.html:
            report = guarded(
                "a11y_checks",
                lambda markup=unit.html: check_html(markup, lang=lang, fragment=True, severities=severities),
            )
            report.findings = [f.at(unit.path) for f in report.findings]
            reports.append(report)
    return reports


def check_rendered(markup: str, lang: str, known: set[tuple[str, str]], severities: dict[str, str]) -> Report:
    from a11y_checks import check_html

    report = guarded(
        "a11y_checks", lambda: check_html(markup, lang=lang, fragment=False, severities=severities)
    )
    # A finding already reported for a field (same rule, same excerpt) is not repeated for the page.
    report.findings = [f.at(PAGE_FIELD) for f in report.findings if (f.rule, f.excerpt) not in known]
    return report


_pdf_reports: dict[tuple[int, str, str], Report] = {}  # a file's report, by its content hash


def check_documents(units: list[Unit], lang: str) -> list[Report]:
    from a11y_checks import check_pdf

    reports = []
    for unit in units:
        document = unit.obj
        if unit.kind != DOCUMENT or document is None or document.file_extension.lower() != "pdf":
            continue
        key = (document.pk, document.file_hash or "", lang)
        report = _pdf_reports.get(key)
        if report is None:

            def run(document=document) -> Report:
                with document.open_file() as handle:
                    return check_pdf(handle.read(), lang=lang)

            report = guarded("a11y_checks.pdf", run)
            if document.file_hash and not any(f.rule == CHECKER_FAILED for f in report.findings):
                if len(_pdf_reports) > 512:
                    _pdf_reports.clear()
                _pdf_reports[key] = report
        reports.append(replace(report, findings=[f.at(unit.path) for f in report.findings]))
    return reports


def render(page: Page) -> str:
    """The page as its template renders it, through Wagtail's preview machinery (any page model)."""
    with translation.override(translation.get_language()):
        response = page.make_preview_request()
    if response.status_code != 200:
        raise RuntimeError(f"rendering returned HTTP {response.status_code}")
    return response.content.decode(response.charset or "utf-8")


# --- the whole page ------------------------------------------------------------------------------


def apply_rules(findings: list[Finding], rules: RuleSettings) -> list[Finding]:
    adjusted = []
    for finding in findings:
        severity = rules.severities.get(finding.rule)
        if finding.rule == CHECKER_FAILED or severity is None:
            adjusted.append(finding)
        elif severity != "off":
            adjusted.append(finding.with_severity(severity))
    return adjusted


def results_cache():
    """The "compliance" cache when the site defines one (kept apart from sessions and rate limits)."""
    return caches["compliance" if "compliance" in settings.CACHES else "default"]


def run_checks(page: Page, rules: RuleSettings) -> CheckOutcome:
    """Check one specific page instance (e.g. ``revision.as_object()``) under the given rules.

    The result is cached by the rules, the text and the rendered HTML: content the editor's side
    panel has just checked is not checked again when it is saved or published.
    """
    units = extract(page)
    digest = content_hash(units)
    try:
        markup, render_error = render(page), None
    except Exception as error:
        markup, render_error = "", error
    key = "compliance:" + hashlib.sha256(f"{rules.fingerprint}\0{digest}\0{markup}".encode()).hexdigest()
    cache = results_cache()
    cached = cache.get(key) if render_error is None else None
    if cached is not None:
        return CheckOutcome(
            report=Report.from_dict(cached), units=units, content_hash=digest, checker_failed=False
        )
    report = check_all(units, markup, render_error, rules)
    failed = any(f.rule == CHECKER_FAILED for f in report.findings)
    if not failed:
        cache.set(key, report.to_dict(), CACHE_SECONDS)
    return CheckOutcome(report=report, units=units, content_hash=digest, checker_failed=failed)


def check_all(units: list[Unit], markup: str, render_error: Exception | None, rules: RuleSettings) -> Report:
    lang = rules.language_code
    try:
        language_severities, html_severities = split_severities(rules)
    except ImportError as error:
        language_severities, html_severities = {}, {}
        logger.error("compliance checkers missing: %s", error)
    reports = [check_language(units, profile_for(lang), rules, language_severities)]
    reports += check_fragments(units, lang, html_severities)
    known = {(f.rule, f.excerpt) for report in reports[1:] for f in report.findings}
    if render_error is None:
        reports.append(check_rendered(markup, lang, known, html_severities))
    else:
        reports.append(failure("rendering", render_error))
    reports += check_documents(units, lang)
    combined = Report.combine(reports, checker="compliance", profile=lang)
    combined.findings = apply_rules(combined.findings, rules)
    return combined
