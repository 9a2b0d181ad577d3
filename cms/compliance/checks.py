"""The runner: the one place that calls plainlanguage and a11y_checks.

Text of all fields is analysed in one pass (tokenised once, one score for the page) and each
finding is handed back to the field it starts in. The rendered page is checked as a whole
document (lang, title, heading order in place), each rich-text field and image as a fragment so
its findings name the field, linked PDFs with check_pdf. A checker that raises or times out
becomes a blocking finding with an honest message (fail closed) and the error is logged.
"""

from __future__ import annotations

import logging
from bisect import bisect_right
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, replace
from functools import lru_cache

from django.conf import settings
from django.utils import translation
from wagtail.models import Page

from checkreport import Finding, Report, Text

from .extract import DOCUMENT, HTML, IMAGE, TEXT, Unit, content_hash, extract
from .profiles import RuleSettings

logger = logging.getLogger(__name__)

CHECKER_FAILED = "compliance-checker-failed"
PAGE_FIELD = ""  # findings about the page as a whole (rendered HTML, overall score)
SEPARATOR = "\n\n"
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


def check_language(units: list[Unit], profile: str, rules: RuleSettings) -> Report:
    from plainlanguage import analyze

    texts = [unit for unit in units if unit.kind in (TEXT, HTML) and unit.text]
    starts, offset = [], 0
    for unit in texts:
        starts.append(offset)
        offset += len(unit.text) + len(SEPARATOR)
    joined = SEPARATOR.join(unit.text for unit in texts)
    report = guarded("plainlanguage", lambda: analyze(joined, profile=profile))
    located = []
    for finding in report.findings:
        if finding.start is None or not texts or finding.rule == CHECKER_FAILED:
            located.append(finding.at(PAGE_FIELD))
            continue
        index = max(bisect_right(starts, finding.start) - 1, 0)
        base = starts[index]
        shifted = replace(
            finding, start=finding.start - base, end=None if finding.end is None else finding.end - base
        )
        located.append(shifted.at(texts[index].path))
    report.findings = located
    if rules.threshold is not None:
        report.threshold = rules.threshold
    return report


def check_fragments(units: list[Unit], lang: str) -> list[Report]:
    from a11y_checks import check_html

    reports = []
    for unit in units:
        if unit.kind in (HTML, IMAGE) and unit.html:
            report = guarded(
                "a11y_checks", lambda markup=unit.html: check_html(markup, lang=lang, fragment=True)
            )
            report.findings = [f.at(unit.path) for f in report.findings]
            reports.append(report)
    return reports


def check_rendered(page: Page, lang: str, known: set[tuple[str, str]]) -> Report:
    from a11y_checks import check_html

    try:
        markup = render(page)
    except Exception as error:
        return failure("rendering", error)
    report = guarded("a11y_checks", lambda: check_html(markup, lang=lang, fragment=False))
    # A finding already reported for a field (same rule, same excerpt) is not repeated for the page.
    report.findings = [f.at(PAGE_FIELD) for f in report.findings if (f.rule, f.excerpt) not in known]
    return report


@lru_cache(maxsize=256)
def _check_pdf_cached(document_pk: int, file_hash: str, path: str) -> Report:
    from a11y_checks import check_pdf

    return check_pdf(path)


def check_documents(units: list[Unit]) -> list[Report]:
    reports = []
    for unit in units:
        document = unit.obj
        if unit.kind != DOCUMENT or document is None or document.file_extension.lower() != "pdf":
            continue

        def run(document=document) -> Report:
            with document.open_file() as handle:
                data = handle.read()
            return _check_pdf_cached(document.pk, document.file_hash or "", _spool(document.pk, data))

        report = guarded("a11y_checks.pdf", run)
        reports.append(replace(report, findings=[f.at(unit.path) for f in report.findings]))
    return reports


def _spool(document_pk: int, data: bytes) -> str:
    """check_pdf takes a path; storages other than the file system have none, so write a temp copy."""
    import tempfile

    with tempfile.NamedTemporaryFile(prefix=f"doc-{document_pk}-", suffix=".pdf", delete=False) as handle:
        handle.write(data)
        return handle.name


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


def run_checks(page: Page, rules: RuleSettings) -> CheckOutcome:
    """Check one specific page instance (e.g. ``revision.as_object()``) under the given rules."""
    units = extract(page)
    lang = rules.language_code
    reports = [check_language(units, profile_for(lang), rules)]
    reports += check_fragments(units, lang)
    known = {(f.rule, f.excerpt) for report in reports[1:] for f in report.findings}
    reports.append(check_rendered(page, lang, known))
    reports += check_documents(units)
    combined = Report.combine(reports, checker="compliance", profile=lang)
    combined.findings = apply_rules(combined.findings, rules)
    failed = any(f.rule == CHECKER_FAILED for f in combined.findings)
    return CheckOutcome(report=combined, units=units, content_hash=content_hash(units), checker_failed=failed)
