"""The role matrix: for each role, each action in the admin allowed or refused.

Allowed and refused are judged by what happened (a new live revision, a stored mark, a page the
view rendered), not only by status codes: Wagtail answers a refusal with a redirect to the dashboard.
"""

import pytest
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from cms.compliance.hooks import OVERRIDE_FIELD
from cms.compliance.models import FindingMark
from cms.compliance.store import check_revision, text_hash_for
from cms.plan.models import ResponsibleOffice
from tests.security.content import TEXTS

RED, EN, LS, READ, COMP, ADMIN = (
    "Redaktion",
    "Übersetzung Englisch",
    "Übersetzung Leichte Sprache",
    "Prüflesende",
    "Compliance-Prüfung",
    "Administration",
)
EVERY_ROLE = (RED, EN, LS, READ, COMP, ADMIN)
LONG_SENTENCE = (
    "Die Stadtverwaltung hat im Rahmen der Umsetzung des Aktionsplans beschlossen, dass alle neu "
    "zugewanderten Menschen, die sich in der Stadt niederlassen und eine Wohnung suchen, zusätzlich zu "
    "den bereits bestehenden Angeboten eine umfassende Beratung durch die zuständigen Stellen der "
    "Verwaltung erhalten sollen, sofern sie dies wünschen."
)

# role -> trees whose pages it may edit and publish
EDIT_AND_PUBLISH = {
    RED: {"de"},
    EN: {"en"},
    LS: {"de-x-ls"},
    READ: set(),
    COMP: {"de", "en", "de-x-ls"},
    ADMIN: {"de", "en", "de-x-ls"},
}


def rendered(response) -> bool:
    return response.status_code == 200


def refused(response) -> bool:
    return response.status_code == 403 or (
        response.status_code == 302 and response.url.rstrip("/") == "/admin"
    )


def page_form(page: Page, title: str | None = None, intro: str | None = None, **extra) -> dict:
    page = page.specific
    return nested_form_data(
        {
            "title": title or page.title,
            "slug": page.slug,
            "intro": rich_text(intro or page.intro),
            "body": streamfield([]),
            "comments": inline_formset([]),
            **extra,
        }
    )


def last_published_revision(page: Page):
    page.refresh_from_db()
    return page.live_revision_id


@pytest.mark.parametrize("role", EVERY_ROLE)
@pytest.mark.parametrize("tree", ["de", "en", "de-x-ls"])
def test_edit_view_per_tree(role, tree, trees, clients):
    page = trees[f"{tree}/arbeit"]
    response = clients[role].get(f"/admin/pages/{page.pk}/edit/")
    if tree in EDIT_AND_PUBLISH[role]:
        assert rendered(response)
    else:
        assert refused(response)


@pytest.mark.parametrize("role", EVERY_ROLE)
@pytest.mark.parametrize("tree", ["de", "en", "de-x-ls"])
def test_publish_per_tree(role, tree, trees, clients, django_capture_on_commit_callbacks):
    page = trees[tree]  # the start page: compliant, its test reading covers this content
    before = last_published_revision(page)
    # The original in Wagtail's editor; translations in wagtail-localize's (it publishes on commit).
    form = {**page_form(page), "action-publish": "publish"} if tree == "de" else {"action": "publish"}
    with django_capture_on_commit_callbacks(execute=True):
        clients[role].post(f"/admin/pages/{page.pk}/edit/", form)
    published = last_published_revision(page) != before
    assert published is (tree in EDIT_AND_PUBLISH[role])


@pytest.mark.parametrize("role", EVERY_ROLE)
def test_adding_pages_only_in_the_original_and_only_by_editors(role, trees, clients):
    response = clients[role].get(f"/admin/pages/add/core/contentpage/{trees['de'].pk}/")
    assert rendered(response) is (role in {RED, ADMIN})
    response = clients[role].get(f"/admin/pages/add/core/contentpage/{trees['en'].pk}/")
    assert rendered(response) is (role == ADMIN)


@pytest.mark.parametrize("role", EVERY_ROLE)
def test_sending_the_original_to_translation(role, trees, clients):
    response = clients[role].get(f"/admin/localize/submit/page/{trees['de/arbeit'].pk}/")
    assert rendered(response) is (role in {RED, ADMIN})


@pytest.fixture
def offices(trees):
    from wagtail.models import Locale

    german = ResponsibleOffice.objects.create(
        name="Integrations- und Ausländerbeauftragte", locale=Locale.objects.get(language_code="de")
    )
    english = german.copy_for_translation(Locale.objects.get(language_code="en"))
    english.name = "Integration Commissioner"
    english.save()
    return {"de": german, "en": english}


@pytest.mark.parametrize("role", EVERY_ROLE)
def test_snippets_per_locale(role, offices, clients):
    client = clients[role]
    may_add = rendered(client.get("/admin/snippets/plan/responsibleoffice/add/"))
    may_edit_german = rendered(client.get(f"/admin/snippets/plan/responsibleoffice/edit/{offices['de'].pk}/"))
    may_edit_english = rendered(
        client.get(f"/admin/snippets/plan/responsibleoffice/edit/{offices['en'].pk}/")
    )
    assert (may_add, may_edit_german, may_edit_english) == {
        RED: (True, True, False),
        EN: (False, False, True),
        LS: (False, False, False),
        READ: (False, False, False),
        COMP: (False, False, False),
        ADMIN: (True, True, True),
    }[role]


@pytest.mark.parametrize("role", EVERY_ROLE)
def test_recording_a_test_reading(role, trees, clients):
    response = clients[role].get(f"/admin/compliance/test-readings/new/?page={trees['de-x-ls/arbeit'].pk}")
    assert rendered(response) is (role in {READ, ADMIN})


@pytest.fixture
def blocked_draft(trees):
    """A German page whose draft breaks the rules (one 40-word sentence)."""
    page = trees["de/arbeit"].specific
    return page, {**page_form(page, intro=f"<p>{LONG_SENTENCE}</p>"), "action-publish": "publish"}


@pytest.mark.parametrize("role", (RED, COMP, ADMIN))
def test_publishing_despite_findings_needs_the_permission(role, blocked_draft, clients):
    page, form = blocked_draft
    before = last_published_revision(page)
    clients[role].post(
        f"/admin/pages/{page.pk}/edit/", {**form, OVERRIDE_FIELD: "Rechtlich vorgeschriebener Wortlaut."}
    )
    overridden = last_published_revision(page) != before
    assert overridden is (role in {COMP, ADMIN})


@pytest.mark.parametrize("role", EVERY_ROLE)
def test_marking_a_finding_as_fine(role, trees, clients):
    page = trees["de/arbeit"].specific
    page.intro = f"<p>{LONG_SENTENCE}</p>"
    stored = check_revision(page.save_revision())
    finding = stored.report.errors[0]  # a mark names a finding of the page's latest check
    response = clients[role].post(
        f"/admin/compliance/mark/{page.pk}/",
        {
            "rule": finding.rule,
            "excerpt": finding.excerpt,
            "field": finding.field,
            "text_hash": text_hash_for(stored, finding),
            "reason": "Zitat aus dem Stadtratsbeschluss.",
        },
    )
    stored = FindingMark.objects.filter(page=page).exists()
    assert stored is (role in {COMP, ADMIN})
    if not stored:
        assert response.status_code in (302, 403)


def test_the_german_original_text_is_the_reference_for_every_tree(trees):
    """The matrix above uses compliant content; this keeps that assumption honest."""
    assert trees["de"].specific.intro == f"<p>{TEXTS['de'][0]}</p>"
    assert trees["en"].specific.intro == f"<p>{TEXTS['en'][0]}</p>"


def test_test_readers_record_readings_for_leichte_sprache_pages_only(trees, clients):
    from cms.compliance.models import TestReading

    form = {
        "page": trees["de/arbeit"].pk,
        "readers": "Prüfgruppe",
        "read_on": "2026-11-20",
        "result": "passed",
    }
    clients[READ].post("/admin/compliance/test-readings/new/", form)
    assert not TestReading.objects.filter(page=trees["de/arbeit"]).exists()


@pytest.mark.parametrize("role", EVERY_ROLE)
def test_checker_api_with_an_admin_session(role, trees, clients):
    """Every role works in the admin, whose live panel calls the checker with the session."""
    response = clients[role].post(
        "/api/check/", {"profile": "de", "text": "Die Stadt hilft."}, content_type="application/json"
    )
    assert response.status_code == 200


def test_checker_api_without_admin_access_or_token_is_refused(trees, django_user_model):
    from django.test import Client

    from cms.checker_api.models import CheckerToken

    body = {"profile": "de", "text": "Die Stadt hilft."}
    outsider = Client()
    outsider.force_login(django_user_model.objects.create_user("buerger", "b@example.org", "pw-Buerger-2026"))
    assert outsider.post("/api/check/", body, content_type="application/json").status_code == 401
    assert Client().post("/api/check/", body, content_type="application/json").status_code == 401
    token = CheckerToken.issue("ci-der-broschuere")[1]
    response = Client().post(
        "/api/check/", body, content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {token}"
    )
    assert response.status_code == 200
