"""Filters on the measures list: a GET form that works without JavaScript and lives in the URL."""

from dataclasses import dataclass

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from cms.plan.models import FieldOfActionPage, MeasurePage, ResponsibleOffice
from cms.plan.progress import MeasureStatus, ProgressSummary, rollup


class MeasureFilterForm(forms.Form):
    field = forms.ChoiceField(label=_("Field of action"), required=False)
    status = forms.ChoiceField(label=_("Status"), required=False)
    office = forms.ChoiceField(label=_("Responsible office"), required=False)

    def __init__(self, *args, fields_of_action: list, offices: list, **kwargs) -> None:
        kwargs.setdefault("auto_id", "filter-%s")
        super().__init__(*args, **kwargs)
        everything = [("", _("all"))]
        self.fields["field"].choices = everything + [(page.slug, page.title) for page in fields_of_action]
        self.fields["status"].choices = everything + list(MeasureStatus.choices)
        self.fields["office"].choices = everything + [(str(office.pk), office.name) for office in offices]


@dataclass
class MeasureListing:
    form: MeasureFilterForm
    measures: list
    total: int
    summary: ProgressSummary

    @property
    def is_filtered(self) -> bool:
        data = getattr(self.form, "cleaned_data", {})
        return any(data.get(name) for name in ("field", "status", "office"))


def measures_of(plan) -> QuerySet:
    return (
        MeasurePage.objects.descendant_of(plan)
        .live()
        .specific()
        .select_related("responsible_office")
        .order_by("path")
    )


def filter_measures(plan, query: dict) -> MeasureListing:
    """Apply the valid parts of the query; an unknown value is ignored, never an error page."""
    fields_of_action = list(FieldOfActionPage.objects.child_of(plan).live().order_by("path"))
    all_measures = measures_of(plan)
    office_ids = all_measures.exclude(responsible_office=None).values("responsible_office")
    offices = list(ResponsibleOffice.objects.filter(pk__in=office_ids).order_by("name"))
    form = MeasureFilterForm(query or None, fields_of_action=fields_of_action, offices=offices)
    selected = all_measures
    if form.is_bound:
        # Fills cleaned_data with the valid parts; an invalid one (e.g. a stale office id in a
        # bookmarked URL) is left out and so simply not applied.
        form.is_valid()
    data = getattr(form, "cleaned_data", {})
    if data.get("field"):
        parent = next(page for page in fields_of_action if page.slug == data["field"])
        selected = selected.child_of(parent)
    if data.get("status"):
        selected = selected.filter(status=data["status"])
    if data.get("office"):
        selected = selected.filter(responsible_office_id=int(data["office"]))
    measures = list(selected)
    return MeasureListing(form=form, measures=measures, total=all_measures.count(), summary=rollup(measures))
