"""Admin views: the live check behind the editor's side panel, and marking a finding as fine."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.views import View
from wagtail.admin.views.pages.preview import PreviewOnCreateView, PreviewOnEditView
from wagtail.log_actions import log
from wagtail.models import Page

from checkreport import Report

from .checks import run_checks
from .explain import admin_language, field_label
from .logs import MARK_ACTION
from .models import FindingMark
from .profiles import rules_for
from .store import finding_text_hash, is_markable, latest_report, refresh_page, stored_finding

MARK_PERMISSION = "compliance.mark_findings_fine"


def findings_context(
    page: Page, report: Report, unit_hashes: dict[str, str], content_hash: str, request: HttpRequest
) -> dict:
    """Findings in the admin language with their field's label and the hash a mark needs (the
    gate's own, so a page-level finding is marked against the whole page's text)."""
    language = admin_language()
    marks = (
        set(FindingMark.objects.filter(page_id=page.pk).values_list("rule", "excerpt", "text_hash"))
        if page.pk
        else set()
    )
    rows = []
    for finding in sorted(report.findings, key=lambda f: ("error", "warning", "info").index(f.severity)):
        text_hash = finding_text_hash(unit_hashes, content_hash, finding)
        rows.append(
            {
                "finding": finding,
                "message": finding.message.get(language),
                "suggestion": finding.suggestion.get(language) if finding.suggestion else "",
                "field_label": field_label(page, finding.field),
                "text_hash": text_hash,
                "marked": is_markable(finding) and (finding.rule, finding.excerpt, text_hash) in marks,
                "markable": is_markable(finding) and bool(text_hash),
            }
        )
    return {
        "page": page,
        "report": report,
        "rows": rows,
        # what blocks: errors not marked "checked, fine" (the side panel's toggle counts the same)
        "blocking_count": sum(row["finding"].severity == "error" and not row["marked"] for row in rows),
        "can_mark": bool(page.pk) and request.user.has_perm(MARK_PERMISSION),
    }


class LiveCheckMixin:
    """POST the editor's form: check the unsaved content, answer with the panel's HTML."""

    http_method_names = ("post",)

    def post(self, request: HttpRequest, *args, **kwargs) -> JsonResponse:
        form = self.get_form(request.POST)
        if not self.validate_form(form):
            message = _("The form has errors. Fix them and the check runs again.")
            return JsonResponse({"is_valid": False, "html": f"<p>{message}</p>"})
        page = form.save(commit=False)
        rules = rules_for(page)
        outcome = run_checks(page, rules)
        unit_hashes = {u.path: u.hash for u in outcome.units}
        context = findings_context(page, outcome.report, unit_hashes, outcome.content_hash, request)
        context["rules"] = rules
        html = render_to_string("compliance/includes/findings.html", context, request=request)
        errors = context["blocking_count"]
        return JsonResponse(
            {"is_valid": True, "html": html, "errors": errors, "passed": outcome.report.passed}
        )


class LiveCheckOnEditView(LiveCheckMixin, PreviewOnEditView):
    pass


class LiveCheckOnCreateView(LiveCheckMixin, PreviewOnCreateView):
    def get_object(self) -> Page:
        page = super().get_object()
        page.locale = get_object_or_404(Page, id=self.parent_object_id).locale
        return page


class MarkFindingView(View):
    """Record "checked, fine" for one finding of one page; it stops blocking while its text is unchanged."""

    def post(self, request: HttpRequest, page_id: int) -> JsonResponse:
        page = get_object_or_404(Page, id=page_id)
        if (
            not request.user.has_perm(MARK_PERMISSION)
            or not page.permissions_for_user(request.user).can_edit()
        ):
            raise PermissionDenied
        data = {
            name: request.POST.get(name, "").strip()
            for name in ("rule", "excerpt", "text_hash", "field", "reason")
        }
        if not (data["rule"] and data["text_hash"] and data["reason"]):
            return JsonResponse({"ok": False, "error": _("A reason is required.")}, status=400)
        stored = latest_report(page)
        if stored is None or not stored_finding(
            stored, data["rule"], data["excerpt"], data["field"], data["text_hash"]
        ):
            message = _("Only an error of the latest check can be marked; a failed check cannot.")
            return JsonResponse({"ok": False, "error": message}, status=400)
        mark, _created = FindingMark.objects.update_or_create(
            page=page,
            rule=data["rule"],
            excerpt=data["excerpt"],
            text_hash=data["text_hash"],
            defaults={"field": data["field"], "reason": data["reason"], "user": request.user},
        )
        log(instance=page.specific, action=MARK_ACTION, user=request.user, data={**data, "mark": mark.pk})
        refresh_page(page)
        return JsonResponse({"ok": True})
