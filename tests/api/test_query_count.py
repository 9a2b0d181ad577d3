"""A list request costs the same number of SQL queries for 10 and for 100 results."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.plan.models import MeasurePage, ResponsibleOffice

from .conftest import PLAIN_TEXT, publish, translate

pytestmark = pytest.mark.django_db


def add_measure(parent, number: int, office: ResponsibleOffice) -> MeasurePage:
    text = f"<p>{PLAIN_TEXT['de']}</p>"
    measure = MeasurePage(
        title=f"Sprachkurs {number}",
        slug=f"sprachkurs-{number}",
        intro=text,
        description=text,
        responsible_office=office,
        status="in_progress",
        progress=number % 100,
        start_date=datetime.date(2023, 1, 1),
        partners=[("partner", "Volkshochschule")],
        indicators=[("indicator", {"name": "Kurse", "target": "20", "current_value": "12"})],
        timeline=[("update", {"date": datetime.date(2024, 2, 1), "text": text})],
    )
    parent.add_child(instance=measure)
    return publish(measure)


def count_queries(client, **params) -> tuple[int, int]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/api/v2/pages/", params)
    assert response.status_code == 200, response.content
    return len(captured), len(response.json()["items"])


def test_list_queries_do_not_grow_with_results(client, homes):
    office = ResponsibleOffice.objects.create(name="Volkshochschule Dresden", locale=homes["de"].locale)
    for number in range(100):
        measure = add_measure(homes["de"], number, office)
        if number % 10 == 1:
            translate(measure, "en", title=f"Language course {number}", intro=f"<p>{PLAIN_TEXT['en']}</p>")
    params = {"type": "plan.MeasurePage", "locale": "de", "fields": "*"}
    count_queries(client, limit=1, **params)  # fills the per-process caches (site root paths)
    few, few_items = count_queries(client, limit=10, **params)
    many, many_items = count_queries(client, limit=100, **params)
    assert (few_items, many_items) == (10, 100)
    assert few == many
    listed = client.get("/api/v2/pages/", {**params, "limit": 2}).json()["items"]
    assert listed[0]["responsible_office"]["name"] == "Volkshochschule Dresden"
    assert listed[1]["meta"]["translations"][0]["locale"] == "en"
    assert listed[1]["meta"]["compliance"]["passed"] is True
