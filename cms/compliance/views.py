"""Admin views: the live check behind the editor's side panel, and marking a finding as fine."""

from __future__ import annotations

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.http import Http404, HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.defaultfilters import floatformat
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views import View
from wagtail.admin.views.pages.preview import PreviewOnCreateView, PreviewOnEditView
from wagtail.log_actions import log
from wagtail.models import Page
from wagtail_localize.models import SourceDeletedError, Translation

from checkreport import Report

from .checks import PAGE_FIELD, run_checks
from .explain import admin_language, field_label
from .logs import MARK_ACTION
from .models import FindingMark
from .profiles import rules_for
from .store import (
    Verdict,
    finding_text_hash,
    is_markable,
    judge,
    latest_report,
    refresh_page,
    stored_finding,
    unit_hashes,
)

MARK_PERMISSION = "compliance.mark_findings_fine"


def findings_context(
    page: Page,
    report: Report,
    verdict: Verdict,
    unit_hashes: dict[str, str],
    content_hash: str,
    request: HttpRequest,
) -> dict:
    """Findings in the admin language with their field's label, whether the verdict counts them as
    marked "checked, fine", and the hash a mark needs (the gate's own, so a page-level finding is
    marked against the whole page's text)."""
    language = admin_language()
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
                "marked": finding in verdict.marked,
                "markable": is_markable(finding) and bool(text_hash),
            }
        )
    return {
        "page": page,
        "report": report,
        "rows": rows,
        # what blocks: errors not marked "checked, fine" (the side panel's toggle counts the same)
        "blocking_count": len(verdict.blocking),
        "can_mark": bool(page.pk) and request.user.has_perm(MARK_PERMISSION),
    }


def summary_text(report: Report, blocking_count: int) -> str:
    """One line for a status region: score, errors that block, warnings (said in words, not colour)."""
    parts = []
    if report.score is not None:
        # formatted like the findings list (floatformat): same rounding, the admin's decimal mark
        parts.append(_("Comprehensibility %(score)s of 20") % {"score": floatformat(report.score, 1)})
    parts.append(ngettext("%(count)d error", "%(count)d errors", blocking_count) % {"count": blocking_count})
    warnings = len(report.warnings)
    parts.append(ngettext("%(count)d warning", "%(count)d warnings", warnings) % {"count": warnings})
    return ", ".join(parts)


def highlights(rows: list[dict]) -> list[dict]:
    """What the preview can point at: errors and warnings not marked fine, with their excerpt.

    Only findings about the page as rendered carry a selector into the whole document; the others
    are found in the preview by their excerpt.
    """
    return [
        {
            "severity": row["finding"].severity,
            "label": row["field_label"],
            "message": row["message"],
            "excerpt": row["finding"].excerpt[:300],
            "location": row["finding"].location if row["finding"].field == PAGE_FIELD else "",
        }
        for row in rows
        if row["finding"].severity in ("error", "warning") and not row["marked"]
    ]


def check_response(page: Page, request: HttpRequest, **extra_context) -> JsonResponse:
    """Check an unsaved page instance and answer with the findings' HTML and a summary."""
    rules = rules_for(page)
    outcome = run_checks(page, rules)
    hashes = unit_hashes(outcome.units)
    # the gate's answer for this content: marks, threshold and test reading included
    verdict = judge(outcome.report, page.pk, outcome.content_hash, hashes, rules.require_test_reading)
    context = findings_context(page, outcome.report, verdict, hashes, outcome.content_hash, request)
    context.update(rules=rules, **extra_context)
    html = render_to_string("compliance/includes/findings.html", context, request=request)
    errors = context["blocking_count"]
    return JsonResponse(
        {
            "is_valid": True,
            "html": html,
            "errors": errors,
            "warnings": len(outcome.report.warnings),
            "score": outcome.report.score,
            "passed": verdict.publishable,
            "summary": summary_text(outcome.report, errors),
            "highlights": highlights(context["rows"]),
        }
    )


class LiveCheckMixin:
    """POST the editor's form: check the unsaved content, answer with the panel's HTML."""

    http_method_names = ("post",)

    def post(self, request: HttpRequest, *args, **kwargs) -> JsonResponse:
        form = self.get_form(request.POST)
        if not self.validate_form(form):
            message = _("The form has errors. Fix them and the check runs again.")
            return JsonResponse({"is_valid": False, "html": f"<p>{message}</p>"})
        return check_response(form.save(commit=False), request)


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


class TranslationCheckView(View):
    """The findings of a translation as it stands, for the translator in wagtail-localize's editor.

    The page is built in memory the way wagtail-localize's own preview builds it (its source with
    the translated segments applied, untranslated ones falling back to the source text); nothing
    is saved and no revision is made.
    """

    http_method_names = ("get",)

    def get(self, request: HttpRequest, translation_id: int) -> JsonResponse:
        translation = get_object_or_404(Translation, id=translation_id)
        try:
            target = translation.get_target_instance()
        except ObjectDoesNotExist as error:
            raise Http404 from error
        if not isinstance(target, Page):
            raise Http404
        if not target.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        try:
            page = translation.source.get_ephemeral_translated_instance(
                translation.target_locale, fallback=True
            )
        except SourceDeletedError as error:
            raise Http404 from error
        total, done = translation.get_progress()
        # Marks belong to a saved revision's report; the translator's panel only shows findings.
        return check_response(page, request, untranslated=total - done, can_mark=False)
