"""The measure filters: a GET form, state in the URL, works without JavaScript."""

import pytest
from bs4 import BeautifulSoup

from cms.plan.models import MeasurePage, ResponsibleOffice

pytestmark = pytest.mark.django_db


def listed(client, plan, query: str = "") -> tuple[list[str], BeautifulSoup]:
    response = client.get(plan.url + query)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    section = soup.select_one("section.measure-list")
    return [a.get_text(strip=True) for a in section.select(".card-title a")], soup


def test_without_filters_every_measure_of_the_plan_is_listed(client, plan):
    titles, soup = listed(client, plan)
    assert sorted(titles) == sorted(m.title for m in MeasurePage.objects.descendant_of(plan).live())
    form = soup.select_one("form.filters")
    assert form["method"] == "get"
    assert {s["name"] for s in form.select("select")} == {"field", "status", "office"}
    for select in form.select("select"):
        assert soup.find("label", attrs={"for": select["id"]}) is not None


def test_status_filter(client, plan):
    titles, _ = listed(client, plan, "?status=dropped")
    assert titles == ["Mietführerschein"]


def test_field_and_status_combine_and_the_form_keeps_its_state(client, plan):
    titles, soup = listed(client, plan, "?field=wohnen&status=implemented&office=")
    assert titles == ["Beratung in Wohnheimen"]
    assert soup.select_one('select[name="field"] option[selected]')["value"] == "wohnen"
    assert soup.select_one('select[name="status"] option[selected]')["value"] == "implemented"
    assert soup.select_one("form.filters").find("a", href=True) is not None  # reset link


def test_office_filter(client, plan):
    office = ResponsibleOffice.objects.get(name="Sozialamt (Test)")
    titles, _ = listed(client, plan, f"?office={office.pk}")
    assert sorted(titles) == ["Beratung in Wohnheimen", "Wohnungsvermittlung"]


def test_unknown_values_are_ignored_not_an_error(client, plan):
    titles, _ = listed(client, plan, "?status=bogus&office=999999&field=nirgends")
    assert len(titles) == MeasurePage.objects.descendant_of(plan).live().count()


def test_no_match_says_so(client, plan):
    titles, soup = listed(client, plan, "?field=sport&status=implemented")
    assert titles == []
    assert soup.select_one("section.measure-list .result-count").get_text(strip=True).startswith("0")
