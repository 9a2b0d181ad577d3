"""Stored reports: check a revision once, keep the result, and keep its summary columns current.

A stored report is reused while the rules that produced it are unchanged. "Checked, fine" marks
and test readings change whether a stored report blocks, not what the checkers found, so they only
refresh the summary columns.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import Q
from wagtail.models import Page, Revision

from checkreport import Finding, Report

from .checks import CHECKER_FAILED, PAGE_FIELD, CheckOutcome, PageChecks, run_checks, start_checks_of
from .models import ComplianceReport, FindingMark, TestReading
from .profiles import MIN_WORDS_FOR_SCORE, RuleSettings, rules_for
from .units import Unit


@dataclass(frozen=True)
class Verdict:
    """What a report means for publishing, once marks and test readings are applied."""

    blocking: list[Finding]
    marked: list[Finding]
    below_threshold: bool
    test_reading_done: bool
    test_reading_required: bool

    @property
    def missing_test_reading(self) -> bool:
        return self.test_reading_required and not self.test_reading_done

    @property
    def publishable(self) -> bool:
        return not self.blocking and not self.below_threshold and not self.missing_test_reading


@dataclass(frozen=True)
class Assessment(Verdict):
    """A stored report read back, with the verdict on it (what blocks it now)."""

    stored: ComplianceReport
    report: Report


def check_revision(revision: Revision, *, force: bool = False, page: Page | None = None) -> ComplianceReport:
    """The stored report of a page revision; runs the checkers only when there is none or it is stale."""
    return revision_assessment(revision, force=force, page=page).stored


def revision_assessment(
    revision: Revision, *, force: bool = False, page: Page | None = None, save: bool = True
) -> Assessment:
    """The stored report of a revision, assessed. ``page``: the revision's content as an object when the
    caller has it (the publish action does), so it is not deserialised again. ``save=False`` leaves
    a new report unsaved (``stored.pk`` None) for the caller to save with its own writes."""
    return start_revision_assessment(revision, force=force, page=page, save=save).result()


class PendingAssessment:
    """An assessment whose checks may still run (``start_revision_assessment``): ``result()``
    waits for them, once; ``abandon()`` frees the check worker when the result is not needed."""

    def __init__(self, finish: Callable[[], Assessment], checks: PageChecks | None = None) -> None:
        self._finish, self._checks = finish, checks
        self._result: Assessment | None = None

    @classmethod
    def ready(cls, assessment: Assessment) -> PendingAssessment:
        pending = cls(lambda: assessment)
        pending._result = assessment
        return pending

    @property
    def settled(self) -> bool:
        """``result()`` waits for no check (the stored report is current, or the result was kept)."""
        return self._result is not None or (self._checks is not None and self._checks.settled)

    def result(self) -> Assessment:
        if self._result is None:
            self._result = self._finish()
        return self._result

    def abandon(self) -> None:
        if self._result is None and self._checks is not None:
            self._checks.abandon()


def start_revision_assessment(
    revision: Revision,
    *,
    force: bool = False,
    page: Page | None = None,
    save: bool = True,
    page_in_worker: bool = False,
) -> PendingAssessment:
    """``revision_assessment`` in two steps; with ``page_in_worker`` the checks of a revision not
    assessed before run in the check worker until ``result()`` (see checks.start_checks_of)."""
    page = page if page is not None else revision.as_object()
    rules = rules_for(page)
    stored = ComplianceReport.objects.filter(revision=revision).first()
    if stored and not force and stored.rules_fingerprint == rules.fingerprint and not stored.checker_failed:
        return PendingAssessment.ready(assess(stored))
    checks = start_checks_of(page, rules, page_in_worker=page_in_worker)
    stored = stored or ComplianceReport(revision=revision, page_id=page.pk)

    def finish() -> Assessment:
        assessment = fill_report(stored, checks.outcome(), rules)
        if save or assessment.stored.pk:
            assessment.stored.save()
        return assessment

    return PendingAssessment(finish, checks)


def assess_page(page: Page) -> Assessment:
    """A page that has no revision, checked as it is: nothing is stored and no revision is made."""
    rules = rules_for(page)
    return fill_report(ComplianceReport(page_id=page.pk), run_checks(page, rules), rules)


def fill_report(stored: ComplianceReport, outcome: CheckOutcome, rules: RuleSettings) -> Assessment:
    stored.language_code = rules.language_code
    stored.content_hash = outcome.content_hash
    stored.rules_fingerprint = rules.fingerprint
    stored.checker_failed = outcome.checker_failed
    stored.test_reading_required = rules.require_test_reading
    stored.data = {
        "report": outcome.report.to_dict(),
        "unit_hashes": unit_hashes(outcome.units),
    }
    return assess(stored, save=False, report=outcome.report)


def unit_hashes(units: list[Unit]) -> dict[str, str]:
    """Field path -> digest of everything at that path: a rich text and the documents it links share
    a path, so a mark on the field's text is void once either of them changes."""
    by_path: dict[str, list[str]] = {}
    for unit in units:
        by_path.setdefault(unit.path, []).append(unit.hash)
    return {
        path: hashes[0] if len(hashes) == 1 else hashlib.sha256("\0".join(hashes).encode()).hexdigest()[:32]
        for path, hashes in by_path.items()
    }


def finding_text_hash(unit_hashes: dict[str, str], content_hash: str, finding: Finding) -> str:
    """The text a finding was found in: its field's unit, or the whole page for page-level findings."""
    if finding.field != PAGE_FIELD:
        return unit_hashes.get(finding.field, content_hash)
    return content_hash


def text_hash_for(stored: ComplianceReport, finding: Finding) -> str:
    return finding_text_hash(stored.data.get("unit_hashes", {}), stored.content_hash, finding)


def is_markable(finding: Finding) -> bool:
    """A failed check found nothing that could be judged fine: only the override gets past it."""
    return finding.severity == "error" and finding.rule != CHECKER_FAILED


def stored_finding(
    stored: ComplianceReport, rule: str, excerpt: str, field: str, text_hash: str
) -> Finding | None:
    """The markable finding of a stored report that a mark request names, if the report has it."""
    report = Report.from_dict(stored.data["report"])
    for finding in report.errors:
        if (
            is_markable(finding)
            and (finding.rule, finding.excerpt, finding.field) == (rule, excerpt, field)
            and text_hash_for(stored, finding) == text_hash
        ):
            return finding
    return None


def judge(
    report: Report,
    page_id: int | None,
    content_hash: str,
    hashes: dict[str, str],
    test_reading_required: bool,
) -> Verdict:
    """The gate's decision on a report: stored (``assess``) or of unsaved content (the live check)."""
    markable = [f for f in report.errors if is_markable(f)]
    # Marks apply only to markable errors: no query for a report without any.
    marks = (
        set(FindingMark.objects.filter(page_id=page_id).values_list("rule", "excerpt", "text_hash"))
        if markable and page_id
        else set()
    )
    marked = [f for f in markable if (f.rule, f.excerpt, finding_text_hash(hashes, content_hash, f)) in marks]
    below = (
        report.score is not None
        and report.threshold is not None
        and report.score < report.threshold
        and words_of(report) >= MIN_WORDS_FOR_SCORE
    )
    return Verdict(
        blocking=[f for f in report.errors if f not in marked],
        marked=marked,
        below_threshold=below,
        # looked up only where the locale requires a reading (elsewhere the report says "not
        # required"): a query less in every publish of de and en pages
        test_reading_done=bool(page_id)
        and test_reading_required
        and test_reading_passed(page_id, content_hash),
        test_reading_required=test_reading_required,
    )


def test_reading_passed(page_id: int, content_hash: str) -> bool:
    """The newest reading of this content decides: a failed reading after a passed one withdraws it."""
    newest = (
        TestReading.objects.filter(page_id=page_id, content_hash=content_hash)
        .order_by("-read_on", "-recorded_at", "-pk")
        .values_list("result", flat=True)
        .first()
    )
    return newest == TestReading.Result.PASSED


def assess(stored: ComplianceReport, *, save: bool = True, report: Report | None = None) -> Assessment:
    """Apply marks and test readings to a stored report and bring its summary columns up to date.
    ``report``: the report object of ``stored.data``, when the caller has it (not parsed again)."""
    report = report or Report.from_dict(stored.data["report"])
    verdict = judge(
        report,
        stored.page_id,
        stored.content_hash,
        stored.data.get("unit_hashes", {}),
        stored.test_reading_required,
    )
    columns = {
        "score": report.score,
        "threshold": report.threshold,
        "errors": len(verdict.blocking),
        "warnings": len(report.warnings),
        # the gate's answer (Assessment.publishable), so report, dashboard and API say the same
        "passed": verdict.publishable,
        "test_reading_done": verdict.test_reading_done,
    }
    changed = [name for name, value in columns.items() if getattr(stored, name) != value]
    for name in changed:
        setattr(stored, name, columns[name])
    if save and changed and stored.pk:
        # checked_at (auto_now) stays: marks and readings change the verdict, not the check
        ComplianceReport.objects.filter(pk=stored.pk).update(**{name: columns[name] for name in changed})
    return Assessment(**vars(verdict), stored=stored, report=report)


def words_of(report: Report) -> int:
    return int((report.metrics.get("plainlanguage") or {}).get("words") or 0)


def refresh_page(page: Page, content_hash: str = "") -> None:
    """After a mark or test reading: update the stored reports of the page's latest and live revisions
    (and, for a test reading, of every revision with the content it was of)."""
    revision_ids = {page.latest_revision_id, page.live_revision_id} - {None}
    reports = Q(revision_id__in=revision_ids)
    if content_hash:
        reports |= Q(page_id=page.pk, content_hash=content_hash)
    for stored in ComplianceReport.objects.filter(reports):
        assess(stored)


def latest_report(page: Page) -> ComplianceReport | None:
    return ComplianceReport.objects.filter(revision_id=page.latest_revision_id).first()
