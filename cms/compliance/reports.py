"""The report "Verständlichkeit und Barrierefreiheit" and the dashboard panel, both read stored reports only."""

from __future__ import annotations

import datetime

import django_filters
from django.contrib.auth import get_user_model
from django.db.models import Count, Exists, OuterRef, Q, QuerySet, Subquery
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.components import Component
from wagtail.admin.views.reports import ReportView
from wagtail.coreutils import get_content_languages
from wagtail.models import Page, PageLogEntry
from wagtail.permission_policies.pages import PagePermissionPolicy

from .gate import OVERRIDE_ACTION
from .models import ComplianceReport

STATES = [
    ("passed", _("passes")),
    ("blocked", _("blocked")),
    ("unchecked", _("not checked")),
    ("overridden", _("published despite findings")),
    ("needs_test_reading", _("test reading missing")),
]
REPORT_COLUMNS = (
    "score",
    "passed",
    "errors",
    "warnings",
    "test_reading_required",
    "test_reading_done",
    "checked_at",
)


def annotate_compliance(pages: QuerySet, revision_field: str = "latest_revision_id") -> QuerySet:
    """Each page with the summary columns of its stored report for the given revision."""
    reports = ComplianceReport.objects.filter(revision_id=OuterRef(revision_field))
    annotations = {f"compliance_{name}": Subquery(reports.values(name)[:1]) for name in REPORT_COLUMNS}
    # "published despite findings" describes what is live or about to be, not the page's past
    overrides = (
        PageLogEntry.objects.filter(page_id=OuterRef("pk"), action=OVERRIDE_ACTION)
        .filter(Q(revision_id=OuterRef("live_revision_id")) | Q(revision_id=OuterRef(revision_field)))
        .order_by("-timestamp", "-pk")
    )
    username = f"user__{get_user_model().USERNAME_FIELD}"
    return pages.annotate(
        **annotations,
        compliance_overridden=Exists(overrides),
        # who overrode and why, from the newest override's audit-log entry (its findings are there too)
        compliance_override_reason=Subquery(overrides.values("data__reason")[:1]),
        compliance_override_by=Subquery(overrides.values(username)[:1]),
    )


def section_choices(pages: QuerySet | None = None) -> list[tuple[str, str]]:
    """Sections: the pages directly under each language's start page."""
    pages = Page.objects.all() if pages is None else pages
    return [
        (page.path, f"{page.title} ({page.locale.language_code})")
        for page in pages.filter(depth=3).select_related("locale")
    ]


class ComplianceFilterSet(WagtailFilterSet):
    locale = django_filters.ChoiceFilter(
        label=_("Language"),
        field_name="locale__language_code",
        choices=lambda: list(get_content_languages().items()),
    )
    section = django_filters.ChoiceFilter(
        label=_("Section"), method="filter_section", choices=section_choices
    )
    state = django_filters.ChoiceFilter(label=_("State"), method="filter_state", choices=STATES)

    class Meta:
        model = Page
        fields = ["locale", "section", "state", "live"]

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        user = getattr(self.request, "user", None)
        if user is not None:
            # Section titles only from the user's own trees: drafts elsewhere stay unseen.
            explorable = PagePermissionPolicy().explorable_instances(user)
            self.filters["section"].extra["choices"] = section_choices(explorable)

    def filter_section(self, queryset: QuerySet, name: str, path: str) -> QuerySet:
        return queryset.filter(path__startswith=path)

    def filter_state(self, queryset: QuerySet, name: str, state: str) -> QuerySet:
        conditions = {
            "passed": Q(compliance_passed=True),
            "blocked": Q(compliance_passed=False),
            "unchecked": Q(compliance_passed__isnull=True),
            "overridden": Q(compliance_overridden=True),
            "needs_test_reading": Q(
                compliance_test_reading_required=True, compliance_test_reading_done=False
            ),
        }
        return queryset.filter(conditions[state])


class ComplianceReportView(ReportView):
    page_title = _("Comprehensibility and accessibility")
    header_icon = "tasks"
    results_template_name = "compliance/report_results.html"
    filterset_class = ComplianceFilterSet
    index_url_name = "compliance:report"
    index_results_url_name = "compliance:report_results"
    any_permission_required = ["change"]
    permission_policy = None
    list_export = [
        "title",
        "locale.language_code",
        "url_path",
        "live",
        "compliance_score",
        "compliance_passed",
        "compliance_errors",
        "compliance_warnings",
        "compliance_overridden",
        "compliance_override_by",
        "compliance_override_reason",
        "compliance_test_reading_required",
        "compliance_test_reading_done",
        "compliance_checked_at",
    ]
    export_headings = {
        "title": _("Title"),
        "locale.language_code": _("Language"),
        "url_path": _("Path"),
        "live": _("Live"),
        "compliance_score": _("Score"),
        "compliance_passed": _("Passes"),
        "compliance_errors": _("Errors"),
        "compliance_warnings": _("Warnings"),
        "compliance_overridden": _("Published despite findings"),
        "compliance_override_by": _("Overridden by"),
        "compliance_override_reason": _("Reason for the override"),
        "compliance_test_reading_required": _("Test reading required"),
        "compliance_test_reading_done": _("Test reading done"),
        "compliance_checked_at": _("Last check"),
    }

    def user_has_permission(self, permission: str) -> bool:
        return self.request.user.has_perm("wagtailadmin.access_admin")

    def get_filename(self) -> str:
        return f"verstaendlichkeit-barrierefreiheit-{datetime.date.today():%Y-%m-%d}"

    def get_queryset(self) -> QuerySet:
        # drafts and findings only of pages the user may change or publish; admin access is not enough
        editable = PagePermissionPolicy().instances_user_has_any_permission_for(
            self.request.user, ["change", "publish"]
        )
        pages = editable.filter(depth__gt=1).select_related("locale").order_by("path")
        return annotate_compliance(pages)


class CompliancePanel(Component):
    """Dashboard: share of live pages that pass, per language, and the pages with most errors."""

    name = "compliance"
    order = 150
    template_name = "compliance/dashboard_panel.html"

    def get_context_data(self, parent_context=None) -> dict:
        live = annotate_compliance(Page.objects.live().filter(depth__gt=1), "live_revision_id")
        per_locale = live.values("locale__language_code").annotate(
            total=Count("pk"), passing=Count("pk", filter=Q(compliance_passed=True))
        )
        rows = [
            {
                "language": row["locale__language_code"],
                "total": row["total"],
                "passing": row["passing"],
                "share": round(100 * row["passing"] / row["total"]) if row["total"] else 0,
            }
            for row in per_locale.order_by("locale__language_code")
        ]
        worst = live.filter(compliance_passed=False).order_by("-compliance_errors", "compliance_score")[:5]
        return {"locales": rows, "worst": worst}
