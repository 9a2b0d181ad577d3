"""The editor's side panel: score and findings with their fields while the editor types.

Wagtail builds the page editor's side panels in ``get_side_panels()`` of its create and edit views
and offers no hook for more, so ``install()`` extends that method with one more panel, and swaps
Wagtail's preview panel for a subclass whose template (extending Wagtail's) adds a summary of the
findings and marks them in the preview.
"""

from __future__ import annotations

from django.forms import Media
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy
from wagtail.admin.ui.side_panels import BaseSidePanel, PreviewSidePanel
from wagtail.admin.views.pages.create import CreateView
from wagtail.admin.views.pages.edit import EditView

from .hooks import OVERRIDE_FIELD, OVERRIDE_PERMISSION
from .store import assess, latest_report
from .views import findings_context, summary_text


class ComplianceSidePanel(BaseSidePanel):
    class SidePanelToggle(BaseSidePanel.SidePanelToggle):
        aria_label = gettext_lazy("Toggle comprehensibility and accessibility")
        icon_name = "tasks"
        counter_classname = "w-bg-critical-200"

        def get_context_data(self, parent_context):
            context = super().get_context_data(parent_context)
            stored = self.panel.stored
            context["count"] = stored.errors if stored else 0
            return context

    name = "compliance"
    title = gettext_lazy("Comprehensibility and accessibility")
    template_name = "compliance/side_panel.html"
    order = 360

    def __init__(self, object, request, *, check_url: str):
        super().__init__(object, request)
        self.check_url = check_url

    @cached_property
    def stored(self):
        return latest_report(self.object) if self.object.pk else None

    @property
    def media(self) -> Media:
        return Media(js=["compliance/side_panel.js"], css={"all": ["compliance/side_panel.css"]})

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context.update(check_url=self.check_url, override_field=OVERRIDE_FIELD, stored=self.stored)
        context["can_override"] = self.request.user.has_perm(OVERRIDE_PERMISSION)
        context["mark_url"] = reverse("compliance:mark", args=[self.object.pk]) if self.object.pk else ""
        context["test_reading_url"] = reverse("compliance_testreading:add") + (
            f"?page={self.object.pk}" if self.object.pk else ""
        )
        if self.stored:
            assessment = assess(self.stored)
            context["assessment"] = assessment
            context.update(
                findings_context(
                    self.object,
                    assessment.report,
                    assessment,
                    self.stored.data.get("unit_hashes", {}),
                    self.stored.content_hash,
                    self.request,
                )
            )
        return context


class CompliancePreviewSidePanel(PreviewSidePanel):
    """Wagtail's preview with the findings next to it: a summary, and the findings marked in the
    preview (compliance/preview.js, fed by the side panel's live check)."""

    template_name = "compliance/preview_side_panel.html"

    @classmethod
    def replacing(cls, panel: PreviewSidePanel) -> CompliancePreviewSidePanel:
        return cls(panel.object, panel.request, preview_url=panel.preview_url)

    @property
    def media(self) -> Media:
        return super().media + Media(js=["compliance/preview.js"], css={"all": ["compliance/side_panel.css"]})

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        stored = latest_report(self.object) if self.object.pk else None
        if stored is not None:
            assessment = assess(stored, save=False)
            context["compliance_summary"] = summary_text(assessment.report, len(assessment.blocking))
        return context


def _with_compliance(panels, page, request, check_url: str):
    """Our panel added, Wagtail's preview panel (when there is one) swapped for ours."""
    for index, panel in enumerate(panels):
        if type(panel) is PreviewSidePanel:
            panels[index] = CompliancePreviewSidePanel.replacing(panel)
    panels.append(ComplianceSidePanel(page, request, check_url=check_url))
    return panels


def _edit_panels(original):
    def get_side_panels(self):
        panels = original(self)
        if not self.expects_json_response:
            url = reverse("compliance:check_edit", args=[self.page.pk])
            _with_compliance(panels, self.page, self.request, url)
        return panels

    get_side_panels.compliance_panel = True
    return get_side_panels


def _create_panels(original):
    def get_side_panels(self):
        panels = original(self)
        url = reverse(
            "compliance:check_create",
            args=[self.page_content_type.app_label, self.page_content_type.model, self.parent_page.pk],
        )
        return _with_compliance(panels, self.page, self.request, url)

    get_side_panels.compliance_panel = True
    return get_side_panels


def install() -> None:
    for view, wrapper in ((EditView, _edit_panels), (CreateView, _create_panels)):
        if not getattr(view.get_side_panels, "compliance_panel", False):
            view.get_side_panels = wrapper(view.get_side_panels)
