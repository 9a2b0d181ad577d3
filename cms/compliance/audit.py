"""Re-check many pages: the audit command and the background task after a change of rules share this."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from django.db.models import QuerySet
from wagtail.models import Page

from .store import Assessment, assess, assess_page, check_revision


@dataclass
class AuditSummary:
    pages: int = 0
    passed: int = 0
    blocked: int = 0
    needs_test_reading: int = 0
    checker_failed: int = 0
    by_locale: dict[str, Counter] = field(default_factory=dict)
    worst: list[dict] = field(default_factory=list)

    def add(self, page: Page, assessment) -> None:
        language = page.locale.language_code
        counts = self.by_locale.setdefault(language, Counter())
        self.pages += 1
        counts["pages"] += 1
        state = "passed" if assessment.publishable else "blocked"
        if assessment.stored.checker_failed:
            self.checker_failed += 1
        if assessment.missing_test_reading and not assessment.blocking and not assessment.below_threshold:
            state = "needs_test_reading"
            self.needs_test_reading += 1
        elif state == "passed":
            self.passed += 1
        else:
            self.blocked += 1
        counts[state] += 1
        self.worst.append(
            {
                "id": page.pk,
                "title": page.title,
                "locale": language,
                "score": assessment.report.score,
                "errors": len(assessment.blocking),
                "state": state,
            }
        )
        self.worst = sorted(self.worst, key=lambda row: (-row["errors"], row["score"] or 0))[:10]

    def to_dict(self) -> dict:
        return {
            "pages": self.pages,
            "passed": self.passed,
            "blocked": self.blocked,
            "needs_test_reading": self.needs_test_reading,
            "checker_failed": self.checker_failed,
            "by_locale": {code: dict(counts) for code, counts in sorted(self.by_locale.items())},
            "worst": self.worst,
        }


def pages_to_audit(language_code: str | None = None) -> QuerySet:
    pages = (
        Page.objects.filter(depth__gt=1)
        .select_related("locale", "latest_revision", "live_revision")
        .order_by("path")
    )
    return pages.filter(locale__language_code=language_code) if language_code else pages


def audit(
    pages: QuerySet, *, force: bool = False, progress: Callable[[int, Page], None] | None = None
) -> AuditSummary:
    """Check each page's latest revision (stored reports are reused unless stale or ``force``)."""
    summary = AuditSummary()
    for index, page in enumerate(pages.iterator(chunk_size=100), start=1):
        summary.add(page, assessment_of(page, force))
        if progress:
            progress(index, page)
    return summary


def assessment_of(page: Page, force: bool) -> Assessment:
    """The latest revision's stored report; a page without revisions is checked as it is (an audit
    reads, it never saves a revision). The live revision, when a newer draft exists, is brought up
    to date too: the dashboard reports on what is live."""
    if page.live_revision and page.live_revision_id != page.latest_revision_id:
        check_revision(page.live_revision, force=force)
    if page.latest_revision:
        return assess(check_revision(page.latest_revision, force=force))
    return assess_page(page.specific)
