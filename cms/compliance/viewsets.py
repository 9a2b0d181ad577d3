"""Test readings in the admin: record who read which content when, with which result."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, PageChooserPanel
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import log

from .logs import TEST_READING_ACTION
from .models import TestReading
from .store import check_revision, refresh_page


class TestReadingCreateView(generic.CreateView):
    def get_initial(self) -> dict:
        return {**super().get_initial(), "page": self.request.GET.get("page")}

    def save_instance(self) -> TestReading:
        reading = self.form.instance
        page = reading.page.specific
        revision = page.latest_revision or page.save_revision(user=self.request.user)
        # The reading belongs to the content read: the text of the page's current draft.
        reading.revision = revision
        reading.content_hash = check_revision(revision).content_hash
        reading.recorded_by = self.request.user
        reading = super().save_instance()
        log(
            instance=page,
            action=TEST_READING_ACTION,
            user=self.request.user,
            revision=revision,
            data={
                "readers": reading.readers,
                "result": reading.result,
                "read_on": reading.read_on.isoformat(),
            },
        )
        refresh_page(page)
        return reading


class TestReadingViewSet(ModelViewSet):
    model = TestReading
    add_view_class = TestReadingCreateView
    icon = "user"
    menu_label = _("Test readings")
    add_to_settings_menu = False
    list_display = ["page", "readers", "read_on", "result", "recorded_by"]
    list_filter = ["result"]
    panels = [
        PageChooserPanel("page"),
        FieldPanel("readers"),
        FieldPanel("read_on"),
        FieldPanel("result"),
        FieldPanel("notes"),
    ]
    url_prefix = "compliance/test-readings"
    name = "compliance_testreading"
    inspect_view_enabled = True


test_reading_viewset = TestReadingViewSet()
