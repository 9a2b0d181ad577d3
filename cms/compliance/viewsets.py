"""Test readings in the admin: record who read which content when, with which result."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList, PageChooserPanel
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import log

from .logs import TEST_READING_ACTION
from .models import TestReading
from .store import check_revision, refresh_page


class TestReadingForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            # a correction stays with the page and the content that was read (revision, hash)
            self.fields["page"].disabled = True

    def clean_page(self):
        page = self.cleaned_data["page"]
        if page and self.for_user and not page.permissions_for_user(self.for_user).can_edit():
            raise forms.ValidationError(_("You may record test readings only for pages you can edit."))
        return page


def log_reading(reading: TestReading, user, change: str) -> None:
    log(
        instance=reading.page.specific,
        action=TEST_READING_ACTION,
        user=user,
        revision=reading.revision,
        data={
            "readers": reading.readers,
            "result": reading.result,
            "read_on": reading.read_on.isoformat(),
            "change": change,
        },
    )


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
        log_reading(reading, self.request.user, "added")
        refresh_page(page)
        return reading


class TestReadingEditView(generic.EditView):
    """A correction of the record (readers, date, result); it stays bound to the content that was read."""

    def save_instance(self) -> TestReading:
        reading = super().save_instance()
        log_reading(reading, self.request.user, "changed")
        refresh_page(reading.page, reading.content_hash)
        return reading


class TestReadingDeleteView(generic.DeleteView):
    def delete_action(self) -> None:
        reading = self.object
        page = reading.page
        log_reading(reading, self.request.user, "deleted")
        super().delete_action()
        refresh_page(page, reading.content_hash)


class TestReadingViewSet(ModelViewSet):
    model = TestReading
    add_view_class = TestReadingCreateView
    edit_view_class = TestReadingEditView
    delete_view_class = TestReadingDeleteView
    icon = "user"
    menu_label = _("Test readings")
    add_to_settings_menu = False
    list_display = ["page", "readers", "read_on", "result", "recorded_by"]
    list_filter = ["result"]
    edit_handler = ObjectList(
        [
            PageChooserPanel("page"),
            FieldPanel("readers"),
            FieldPanel("read_on"),
            FieldPanel("result"),
            FieldPanel("notes"),
        ],
        base_form_class=TestReadingForm,
    )
    url_prefix = "compliance/test-readings"
    name = "compliance_testreading"
    inspect_view_enabled = True


test_reading_viewset = TestReadingViewSet()
