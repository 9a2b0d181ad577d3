"""Each page carries the compliance summary the gate stored for its live revision."""

import pytest

from cms.compliance.models import ComplianceReport

from .conftest import add_page

pytestmark = pytest.mark.django_db

LONG_SENTENCE = (
    "<p>Die Stadtverwaltung hat im Rahmen der Umsetzung des Aktionsplans beschlossen, dass alle neu "
    "zugewanderten Menschen, die sich in der Stadt niederlassen und eine Wohnung suchen, zusätzlich zu "
    "den bereits bestehenden Angeboten eine umfassende Beratung durch die zuständigen Stellen der "
    "Verwaltung erhalten sollen, sofern sie dies wünschen.</p>"
)


def compliance(client, page):
    return client.get(f"/api/v2/pages/{page.pk}/").json()["meta"]["compliance"]


def test_summary_of_the_live_revision(client, homes):
    stored = ComplianceReport.objects.get(revision_id=homes["de"].live_revision_id)
    assert compliance(client, homes["de"]) == {
        "score": stored.score,
        "passed": True,
        "errors": stored.errors,
        "warnings": stored.warnings,
    }
    assert stored.score >= stored.threshold


def test_leichte_sprache_says_whether_the_test_reading_is_done(client, homes):
    summary = compliance(client, homes["de-x-ls"])
    assert summary["test_reading_done"] is True
    assert "test_reading_done" not in compliance(client, homes["en"])


def test_a_failing_draft_does_not_change_the_live_summary(client, homes):
    from cms.compliance.store import check_revision

    page = add_page(homes["de"], "Beratung", "beratung")
    live_summary = compliance(client, page)
    page.intro = LONG_SENTENCE
    draft_report = check_revision(page.save_revision())
    assert draft_report.errors > 0 or not draft_report.passed
    assert compliance(client, page) == live_summary


def test_listing_carries_the_summary_without_running_a_checker(client, homes, monkeypatch):
    def no_checks(*args, **kwargs):
        raise AssertionError("the API must read stored reports, not check again")

    monkeypatch.setattr("cms.compliance.store.run_checks", no_checks)
    items = client.get("/api/v2/pages/", {"fields": "compliance"}).json()["items"]
    assert {item["meta"]["locale"]: item["meta"]["compliance"]["passed"] for item in items} == {
        "de": True,
        "en": True,
        "de-x-ls": True,
    }


def test_null_without_a_stored_report(client, homes):
    ComplianceReport.objects.filter(revision_id=homes["en"].live_revision_id).delete()
    assert compliance(client, homes["en"]) is None
