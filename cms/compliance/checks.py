"""The runner for pages: with pipeline.py (the checks that need no page, shared with the checker
service), the one place that calls plainlanguage and a11y_checks.

Text of all fields is analysed in one pass (tokenised once, one score for the page) and each
finding is handed back to the field it starts in. The rendered page is checked as a whole
document (lang, title, heading order in place); each rich-text field whose HTML is on the page is
checked there, in place, and its findings name the field; the other fields' HTML and the images
are checked as fragments on their own; linked PDFs with check_pdf. A checker that raises or times out
becomes a blocking finding with an honest message (fail closed) and the error is logged.

``run_checks`` waits for the result. The publish action starts the checks with
``start_checks_of(..., page_in_worker=True)`` and reads the result at the page's save (gate.py):
the worker checks the rendered page too, while Wagtail's own publish steps run in this process.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace

from django.utils import translation
from wagtail.models import Page

from checkreport import Report

from .extract import DOCUMENT, Unit, content_hash, extract
from .pipeline import (
    ALL_CHECKERS,
    CHECKER_FAILED,
    PAGE_FIELD,
    PendingChecks,
    apply_rules,
    check_content,
    check_fragment,
    check_rendered,
    failure,
    fragment_units,
    guarded,
    logger,
    split_severities,
    start_checks,
)
from .profiles import RuleSettings, prime_locale, results_cache, site_for
from .units import HTML

__all__ = ["CHECKER_FAILED", "PAGE_FIELD", "check_content", "guarded", "run_checks"]


CACHE_SECONDS = 3600


@dataclass
class CheckOutcome:
    report: Report
    units: list[Unit]
    content_hash: str
    checker_failed: bool


# --- the checkers --------------------------------------------------------------------------------


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
    site = site_for(page)
    prime_locale(page)
    with translation.override(translation.get_language()):
        response = page.make_preview_request(extra_request_attrs={"_wagtail_site": site} if site else None)
    if response.status_code != 200:
        raise RuntimeError(f"rendering returned HTTP {response.status_code}")
    return response.content.decode(response.charset or "utf-8")


# --- the whole page ------------------------------------------------------------------------------


def run_checks(page: Page, rules: RuleSettings) -> CheckOutcome:
    """Check one specific page instance (e.g. ``revision.as_object()``) under the given rules.

    The result is cached by the rules, the text and the rendered HTML: content the editor's side
    panel has just checked is not checked again when it is saved or published. The checks that need
    no page start first (in the worker process, see worker_client.py), so they run while the page
    renders and is checked in place.
    """
    return start_checks_of(page, rules).outcome()


def start_checks_of(page: Page, rules: RuleSettings, *, page_in_worker: bool = False) -> PageChecks:
    """``run_checks`` in two steps: this one extracts and renders the page and starts the checks;
    ``outcome()`` waits for them. ``page_in_worker``: the worker checks the rendered page too (in
    the same turn, after the text it analyses while the page renders), so this process is free until
    ``outcome()``: the publish action goes on with Wagtail's own steps meanwhile."""
    try:
        units = extract(page)
    except Exception as error:  # a field the walk cannot read: fail closed, with the honest message
        report = Report.combine(
            [failure("extract", error)], checker="compliance", profile=rules.language_code
        )
        return PageChecks.done(CheckOutcome(report=report, units=[], content_hash="", checker_failed=True))
    digest = content_hash(units)
    language_severities, html_severities = severities_for(rules)
    in_place = in_place_units(units)
    # images, and rich texts that cannot be looked for in place, are checked on their own
    fragments = [unit for unit in fragment_units(units) if unit.kind != HTML or unit.path not in in_place]

    # the worker analyses the text while the page renders
    pending = start_checks_safely(units, rules, language_severities, html_severities, fragments)
    try:
        markup, render_error = render(page), None
    except Exception as error:
        markup, render_error = "", error
    key = "compliance:" + hashlib.sha256(f"{rules.fingerprint}\0{digest}\0{markup}".encode()).hexdigest()
    cached = results_cache().get(key) if render_error is None else None
    if cached is not None:
        pending.collect()  # read what the worker was asked, so the next check does not get it
        outcome = CheckOutcome(
            report=Report.from_dict(cached), units=units, content_hash=digest, checker_failed=False
        )
        return PageChecks.done(outcome)
    parts = {path: unit.html for path, unit in in_place.items()}
    if page_in_worker and render_error is None:
        pending.ask_page(markup, parts, rules.language_code, html_severities)
    return PageChecks(
        run=lambda: check_all(units, markup, render_error, rules, pending, html_severities, parts),
        pending=pending,
        units=units,
        content_hash=digest,
        key=key,
    )


class PageChecks:
    """A page's checks under way (``start_checks_of``): ``outcome()`` gives their result, once."""

    def __init__(
        self,
        run: Callable[[], Report] | None = None,
        pending: PendingChecks | None = None,
        units: list[Unit] | None = None,
        content_hash: str = "",
        key: str = "",
        outcome: CheckOutcome | None = None,
    ) -> None:
        self._run, self._pending, self._outcome = run, pending, outcome
        self.units, self.content_hash, self.key = units or [], content_hash, key

    @classmethod
    def done(cls, outcome: CheckOutcome) -> PageChecks:
        return cls(outcome=outcome, units=outcome.units, content_hash=outcome.content_hash)

    @property
    def settled(self) -> bool:
        """The result is there without waiting (kept from an earlier check, or a failed start)."""
        return self._outcome is not None

    def outcome(self) -> CheckOutcome:
        if self._outcome is None:
            # one thread and one time limit for what is left (the checkers' calls run inline in it)
            try:
                report = guarded(ALL_CHECKERS, self._run)
            finally:
                # read what the worker owes even if the run never started (too many hung checks)
                # or ran out of time, so the worker is free for the next check
                if self._pending is not None:
                    self._pending.collect()
            failed = any(f.rule == CHECKER_FAILED for f in report.findings)
            if not failed:
                results_cache().set(self.key, report.to_dict(), CACHE_SECONDS)
            self._outcome = CheckOutcome(
                report=report, units=self.units, content_hash=self.content_hash, checker_failed=failed
            )
            self._run = None
        return self._outcome

    def abandon(self) -> None:
        """Not needed after all (the publish failed first): read what the worker owes, so it is free."""
        if self._outcome is None and self._pending is not None:
            self._pending.collect()
            self._run = None


def severities_for(rules: RuleSettings) -> tuple[dict[str, str], dict[str, str]]:
    try:
        return split_severities(rules)
    except ImportError as error:
        logger.error("compliance checkers missing: %s", error)
        return {}, {}


def in_place_units(units: list[Unit]) -> dict[str, Unit]:
    """The rich texts (by field path) to look for in the rendered page and check there, in place."""
    rich_texts = [unit for unit in units if unit.kind == HTML and unit.html]
    # a path given twice could not name its findings' field: such units are checked on their own
    paths = Counter(unit.path for unit in rich_texts)
    return {unit.path: unit for unit in rich_texts if paths[unit.path] == 1}


def start_checks_safely(
    units: list[Unit],
    rules: RuleSettings,
    language: dict[str, str],
    html: dict[str, str],
    fragments: list[Unit],
) -> PendingChecks:
    """start_checks outside the guarded thread: whatever goes wrong there is reported, not raised."""
    try:
        return start_checks(units, rules, language, html, fragments)
    except Exception as error:
        return PendingChecks.failed(failure(ALL_CHECKERS, error))


def check_all(
    units: list[Unit],
    markup: str,
    render_error: Exception | None,
    rules: RuleSettings,
    pending: PendingChecks,
    html_severities: dict[str, str],
    parts: dict[str, str],
) -> Report:
    """The rendered page (with the fields' HTML in it: ``parts``, field path -> HTML) and the
    documents, checked here while the worker checks the text and the other HTML (the page too, when
    it was asked to); then their reports."""
    lang = rules.language_code
    try:
        if render_error is None:
            # checked by the worker, when it was asked (start_checks_of), else here
            rendered = pending.page()
            if rendered is None:
                rendered = check_rendered(markup, lang, html_severities, parts)
            not_found = rendered.metrics.pop("parts_not_found", list(parts))
        else:
            rendered, not_found = failure("rendering", render_error), list(parts)
        # fields the template shows otherwise, or not at all, are checked on their own
        loose = [check_fragment(parts[path], lang, html_severities) for path in not_found]
        for path, report in zip(not_found, loose, strict=True):
            report.findings = [f.at(path) for f in report.findings]
        documents = check_documents(units, lang)
    finally:
        pending.collect()
    fields = [*pending.fragments(), *loose]
    # a finding already reported for a field (same rule, same excerpt) is not repeated for the page
    # (e.g. a template that shows a field twice, or an image's alt text)
    known = {(f.rule, f.excerpt) for report in fields for f in report.findings}
    if render_error is None:
        known |= {(f.rule, f.excerpt) for f in rendered.findings if f.field != PAGE_FIELD}
        rendered.findings = [
            f for f in rendered.findings if f.field != PAGE_FIELD or (f.rule, f.excerpt) not in known
        ]
    reports = [pending.text(), *fields, rendered, *documents]
    combined = Report.combine(reports, checker="compliance", profile=lang)
    combined.findings = apply_rules(combined.findings, rules)
    return combined
