"""The content API exposes the plan's structure, in every locale, with rich text as HTML."""

from django.test import Client

from cms.plan.models import DownloadsPage, MeasurePage, PlanPage


def api_get(url: str) -> dict:
    response = Client().get(url)
    assert response.status_code == 200, url
    return response.json()


def test_measure_exposes_status_progress_office_timeline_and_indicators(demo):
    measure = MeasurePage.objects.get(locale__language_code="en", slug="diversity-of-employees")
    data = api_get(f"/api/v2/pages/{measure.pk}/")
    assert data["meta"]["locale"] == "en"
    assert data["status"] == "in_progress"
    assert data["progress"] == 40 and data["effective_progress"] == 40
    assert data["responsible_office"]["name"] == "Personnel Office (example)"
    assert [entry["value"]["date"] for entry in data["timeline"]] == ["2023-03-15", "2024-02-01"]
    assert data["timeline"][0]["value"]["text"].startswith("<p>")
    assert data["indicators"][0]["value"]["name"]
    assert data["is_example"] is True


def test_plan_exposes_facts_goals_groups_downloads_and_rollup(demo):
    plan = PlanPage.objects.get(locale__language_code="de")
    data = api_get(f"/api/v2/pages/{plan.pk}/")
    assert (data["valid_from"], data["valid_until"], data["adopted_on"]) == (2022, 2026, "2022-06-23")
    assert len(data["goals"]) == 4
    assert data["progress"] == {
        "total": 3,
        "by_status": {"in_progress": 1, "planned": 1, "implemented": 1},
        "progress": 45.0,
    }
    assert data["coordination_group"]["name"] == "Koordinierungsgruppe in der Stadtverwaltung"
    assert data["working_groups"][0]["value"]["name"] == "Arbeitsgruppe 1"
    document = data["downloads"][0]["value"]["document"]
    assert document["file_type"] == "PDF"
    assert document["file_size"] > 0
    assert document["language"] == "de"
    assert document["accessible"] is True


def test_rich_text_is_display_html_without_internal_link_markup(demo):
    downloads = DownloadsPage.objects.get(locale__language_code="de")
    faq_data = api_get("/api/v2/pages/?type=plan.FaqPage&locale=de&fields=questions")
    answers = " ".join(item["value"]["answer"] for item in faq_data["items"][0]["questions"])
    assert "linktype=" not in answers
    assert f'href="{downloads.url}"' in answers


def test_locale_filter_and_translation_of(demo):
    listing = api_get("/api/v2/pages/?type=plan.MeasurePage&locale=de-x-ls&fields=status,effective_progress")
    assert listing["meta"]["total_count"] == 3
    assert {item["meta"]["locale"] for item in listing["items"]} == {"de-x-ls"}
    plan = PlanPage.objects.get(locale__language_code="de")
    translations = api_get(f"/api/v2/pages/?translation_of={plan.pk}")
    assert {item["meta"]["locale"] for item in translations["items"]} == {"en", "de-x-ls"}
