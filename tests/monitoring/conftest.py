import datetime

import pytest
from django.core.cache import cache
from django.db import transaction
from wagtail.models import Locale

from cms.plan.demo.loader import DemoLoader
from cms.plan.models import FieldOfActionPage, MeasurePage, PlanPage, ResponsibleOffice


def add_measure(field, title: str, status: str, progress=None, weight: int = 1, office=None, timeline=()):
    # Saved live directly: these tests are about presentation, not about the publishing gate.
    measure = MeasurePage(
        title=title,
        status=status,
        progress=progress,
        weight=weight,
        responsible_office=office,
        live=True,
        timeline=[("update", {"date": date, "text": f"<p>{text}</p>"}) for date, text in timeline],
    )
    field.add_child(instance=measure)
    return measure


def build_plan() -> PlanPage:
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


@pytest.fixture(scope="module")
def plan_site(django_db_setup, django_db_blocker):
    """The German demo plan with the measures of 'Wohnen' replaced by a known set, once per module."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield build_plan()
        transaction.set_rollback(True)
    cache.clear()  # Wagtail caches site root paths


@pytest.fixture
def plan(plan_site, db) -> PlanPage:
    return plan_site
