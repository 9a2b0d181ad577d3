import datetime

import pytest
from wagtail.models import Locale

from cms.plan.demo.loader import DemoLoader
from cms.plan.models import FieldOfActionPage, MeasurePage, PlanPage, ResponsibleOffice


def add_measure(
    field, title: str, status: str, progress: int | None = None, weight: int = 1, office=None, timeline=()
):
    measure = MeasurePage(
        title=title,
        status=status,
        progress=progress,
        weight=weight,
        responsible_office=office,
        timeline=[("update", {"date": date, "text": f"<p>{text}</p>"}) for date, text in timeline],
    )
    field.add_child(instance=measure)
    measure.save_revision().publish()
    return measure


@pytest.fixture
def plan(db):
    """The German demo plan, with the measures of 'Wohnen' replaced by a known set."""
    DemoLoader().run(languages=("de",))
    plan = PlanPage.objects.get(locale__language_code="de")
    housing = FieldOfActionPage.objects.child_of(plan).get(slug="wohnen")
    for measure in MeasurePage.objects.child_of(housing):
        measure.delete()
    locale = Locale.objects.get(language_code="de")
    office = ResponsibleOffice.objects.create(name="Sozialamt (Test)", locale=locale)
    add_measure(housing, "Beratung in Wohnheimen", "implemented", office=office)
    add_measure(
        housing,
        "Wohnungsvermittlung",
        "in_progress",
        progress=30,
        weight=2,
        office=office,
        timeline=[
            (datetime.date(2023, 5, 2), "Erste Vermittlungen."),
            (datetime.date(2024, 9, 14), "Zwei weitere Träger machen mit."),
            (datetime.date(2022, 11, 1), "Projekt gestartet."),
        ],
    )
    add_measure(housing, "Mietführerschein", "dropped", weight=1)
    return plan
