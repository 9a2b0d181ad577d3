"""The progress figures on the pages match the data: chart, table and timeline."""

import pytest
from bs4 import BeautifulSoup
from django.utils import translation

from cms.monitoring.charts import WIDTH
from cms.plan.models import FieldOfActionPage, MeasurePage
from cms.plan.progress import MeasureStatus

pytestmark = pytest.mark.django_db


def soup_of(client, page) -> BeautifulSoup:
    response = client.get(page.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def expected_progress(measures) -> float | None:
    """Weighted average of the measures' progress, dropped measures left out (computed here by hand)."""
    counted = [m for m in measures if m.status != "dropped" and m.weight > 0]
    weights = sum(m.weight for m in counted)
    return sum(m.effective_progress * m.weight for m in counted) / weights if weights else None


def test_field_shows_counts_by_status_and_weighted_progress(client, plan):
    housing = FieldOfActionPage.objects.get(slug="wohnen", locale=plan.locale)
    soup = soup_of(client, housing)
    figure = soup.select_one("figure.progress-summary")
    rows = {row.th.get_text(strip=True): row.td.get_text(strip=True) for row in figure.select("tbody tr")}
    with translation.override("de"):
        labels = [str(label) for _value, label in MeasureStatus.choices]
    assert rows == dict(zip(labels, ["0", "1", "1", "0", "1"], strict=True))
    # (100 * 1 + 30 * 2) / (1 + 2) = 53.3; the dropped measure does not count.
    assert expected_progress(MeasurePage.objects.child_of(housing).specific()) == pytest.approx(
        53.33, abs=0.01
    )
    footer = [row.td.get_text(strip=True) for row in figure.select("tfoot tr")]
    assert footer[0] == "3"
    assert footer[1].replace(",", ".").startswith("53.3")
    svg = figure.find("svg")
    assert svg["role"] == "img"
    assert svg.title.get_text() and "3" in svg.desc.get_text()
    assert set(svg["aria-labelledby"].split()) == {svg.title["id"], svg.desc["id"]}
    bars = {rect["class"][1]: float(rect["width"]) for rect in svg.select("rect.bar")}
    # One measure each in three statuses: every bar is the full width (largest count = 1).
    assert bars == {"bar--in_progress": WIDTH, "bar--implemented": WIDTH, "bar--dropped": WIDTH}


def test_plan_table_and_chart_per_field_match_the_data(client, plan):
    soup = soup_of(client, plan)
    figure = soup.select_one("figure.progress-summary--plan")
    fields = list(plan.fields_of_action())
    body_rows = figure.select("tbody tr")
    assert [row.th.get_text(strip=True) for row in body_rows] == [field.title for field in fields]
    totals = [0] * 5
    for row, field in zip(body_rows, fields, strict=True):
        measures = list(MeasurePage.objects.child_of(field).live().specific())
        cells = [cell.get_text(strip=True) for cell in row.find_all("td")]
        statuses = ["planned", "in_progress", "implemented", "postponed", "dropped"]
        counts = [sum(m.status == status for m in measures) for status in statuses]
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
        assert cells[:5] == [str(count) for count in counts], field.title
        assert cells[5] == str(len(measures))
        progress = expected_progress(measures)
        bar = next(g for g in figure.select("svg g.bar-row") if g.text.strip().startswith(field.title + ":"))
        rect = bar.select_one("rect.bar")
        if progress:
            assert float(rect["width"]) == pytest.approx(WIDTH * progress / 100, abs=0.1), field.title
        else:
            assert rect is None
    foot = [cell.get_text(strip=True) for cell in figure.select("tfoot td")]
    assert foot[:5] == [str(total) for total in totals]
    assert foot[5] == str(sum(totals))


def test_changing_a_measure_changes_the_figures(client, plan):
    measure = MeasurePage.objects.get(title="Wohnungsvermittlung")
    measure.progress = 90
    measure.save()
    housing = FieldOfActionPage.objects.get(slug="wohnen", locale=plan.locale)
    soup = soup_of(client, housing)
    # (100 * 1 + 90 * 2) / 3 = 93.3
    footer = soup.select("figure.progress-summary tfoot td")[1].get_text(strip=True)
    assert footer.replace(",", ".").startswith("93.3")


def test_timeline_is_an_ordered_list_of_dated_updates_newest_first(client, plan):
    measure = MeasurePage.objects.get(title="Wohnungsvermittlung")
    soup = soup_of(client, measure)
    items = soup.select("ol.timeline > li")
    assert [item.time["datetime"] for item in items] == ["2024-09-14", "2023-05-02", "2022-11-01"]
    assert "Zwei weitere Träger machen mit." in items[0].get_text()


def test_plan_shows_all_its_measures_by_status(client, plan):
    soup = soup_of(client, plan)
    figure = soup.find("svg", attrs={"aria-labelledby": "plan-status-chart-title plan-status-chart-desc"})
    measures = list(MeasurePage.objects.descendant_of(plan).live().specific())
    figure = figure.find_parent("figure")
    counts = [row.td.get_text(strip=True) for row in figure.select("tbody tr")]
    statuses = [value for value, _label in MeasureStatus.choices]
    assert counts == [str(sum(m.status == status for m in measures)) for status in statuses]
    assert figure.select("tfoot td")[0].get_text(strip=True) == str(len(measures))
