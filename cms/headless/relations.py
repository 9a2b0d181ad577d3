"""What a page in the API says about other rows: its translations and its stored compliance report.

Loaded for a whole result page at once (one query each), so a listing of 100 pages costs the same
number of queries as a listing of 10.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.apps import apps
from django.db.models import QuerySet
from django.http import HttpRequest
from wagtail.models import Page

TEST_READING_LOCALE = "de-x-ls"
COMPLIANCE_COLUMNS = ("score", "passed", "errors", "warnings", "test_reading_done")


def stored_reports(revision_ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    """Summary columns of the gate's stored reports, by revision id; never re-runs a checker."""
    if not apps.is_installed("cms.compliance"):
        return {}
    report_model = apps.get_model("compliance", "ComplianceReport")
    rows = report_model.objects.filter(revision_id__in=[pk for pk in revision_ids if pk])
    return {row.pop("revision_id"): row for row in rows.values("revision_id", *COMPLIANCE_COLUMNS)}


def compliance_summary(row: dict[str, Any] | None, language_code: str) -> dict[str, Any] | None:
    if row is None:
        return None
    summary = {name: row[name] for name in ("score", "passed", "errors", "warnings")}
    if language_code == TEST_READING_LOCALE:
        summary["test_reading_done"] = row["test_reading_done"]
    return summary


class PageLocation:
    """Just enough of a page for Wagtail's own URL logic. Building Page instances for every
    translation would cost more than the rest of a list request (ClusterableModel.__init__)."""

    _get_site_root_paths = Page._get_site_root_paths
    _get_relevant_site_root_paths = Page._get_relevant_site_root_paths
    get_url_parts = Page.get_url_parts
    get_full_url = Page.get_full_url

    def __init__(self, url_path: str) -> None:
        self.url_path = url_path


@dataclass(frozen=True, slots=True)
class Translation:
    id: int
    locale: str
    url_path: str


@dataclass
class PageRelations:
    """Translations and compliance summaries for a batch of pages, keyed for the serializer."""

    request: HttpRequest
    translations: dict[Any, list[Translation]] = field(default_factory=dict)
    # The revision whose report describes each page: the live one, or the draft in a preview.
    revision_of_page: dict[int, int | None] = field(default_factory=dict)
    reports: dict[int, dict[str, Any]] = field(default_factory=dict)

    @classmethod
    def load(
        cls,
        request: HttpRequest,
        pages: Sequence[Page],
        visible: QuerySet,
        revision_of_page: dict[int, int | None] | None = None,
    ) -> PageRelations:
        keys = {page.translation_key for page in pages}
        by_key: dict[Any, list[Translation]] = defaultdict(list)
        siblings = (
            visible.filter(translation_key__in=keys)
            .order_by("locale__language_code")
            .values_list("pk", "translation_key", "url_path", "locale__language_code")
        )
        for pk, key, url_path, language_code in siblings:
            by_key[key].append(Translation(pk, language_code, url_path))
        if revision_of_page is None:
            revision_of_page = {page.pk: page.live_revision_id for page in pages}
        return cls(
            request=request,
            translations=dict(by_key),
            revision_of_page=revision_of_page,
            reports=stored_reports(revision_of_page.values()),
        )

    def translations_of(self, page: Page) -> list[dict[str, Any]]:
        return [
            {
                "locale": other.locale,
                "id": other.id,
                "url": PageLocation(other.url_path).get_full_url(self.request),
            }
            for other in self.translations.get(page.translation_key, ())
            if other.id != page.pk
        ]

    def compliance_of(self, page: Page) -> dict[str, Any] | None:
        report = self.reports.get(self.revision_of_page.get(page.pk))
        return compliance_summary(report, page.locale.language_code)
