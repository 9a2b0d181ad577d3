"""Drafts, revisions, test readings, overrides and form submissions stay with those allowed to see them.

Checked against the content API, the headless preview, the public site and the admin, as an
anonymous visitor and as every role.
"""

import datetime
import json

import pytest
from django.test import Client
from wagtail.log_actions import log

from cms.accessibility.models import AccessibilityStatementPage, FeedbackFormField
from cms.compliance.gate import OVERRIDE_ACTION
from cms.core.models import ContentPage

from .test_matrix import ADMIN, COMP, EN, EVERY_ROLE, LS, READ, RED

SECRETS = {
    "draft page": "Geheimer Entwurf zum Haushalt",
    "draft title": "Arbeit und Ausbildung",  # the draft on top of the live "Arbeit"
    "test readers": "Prüfgruppe Leichte Sprache",
    "override reason": "Vertraulicher Grund 4711",
    "feedback": "Vertrauliche Rückmeldung 0815",
}


@pytest.fixture
def hidden(trees, django_user_model):
    author = django_user_model.objects.get(username="aufbau")
    home = trees["de"]
    home.refresh_from_db()
    draft = home.add_child(
        instance=ContentPage(title=SECRETS["draft page"], slug="entwurf", locale=home.locale, live=False)
    )
    draft.save_revision(user=author)
    revision = trees["de/arbeit"].latest_revision
    log(
        instance=trees["de/arbeit"],
        action=OVERRIDE_ACTION,
        user=author,
        revision=revision,
        data={"reason": SECRETS["override reason"], "findings": []},
    )
    home.refresh_from_db()
    statement = home.add_child(
        instance=AccessibilityStatementPage(
            title="Barrierefreiheit",
            slug="barrierefreiheit",
            locale=home.locale,
            scope="Diese Website",
            live=False,
            conformance_status="partial",
            prepared_on=datetime.date(2026, 1, 1),
            last_reviewed_on=datetime.date(2026, 6, 1),
            preparation_method="<p>Test.</p>",
            feedback_intro="<p>Schreiben Sie uns.</p>",
            contact="<p>Amt.</p>",
            enforcement="<p>Schlichtung.</p>",
        )
    )
    FeedbackFormField.objects.create(
        page=statement, label="Ihre Nachricht", field_type="multiline", required=True
    )
    statement.get_submission_class().objects.create(
        page=statement, form_data={"ihre_nachricht": SECRETS["feedback"]}
    )
    return {"draft": draft, "statement": statement, "revision": revision}


def visitors(clients) -> dict[str, Client]:
    return {"anonymous": Client(), **clients}


def leaked(text: str, allowed: tuple[str, ...] = ()) -> list[str]:
    return [name for name, secret in SECRETS.items() if secret in text and name not in allowed]


def test_content_api_shows_only_live_content_to_everyone(trees, hidden, clients):
    for who, client in visitors(clients).items():
        listing = client.get("/api/v2/pages/?limit=100&fields=*")
        assert listing.status_code == 200, who
        assert leaked(listing.content.decode()) == [], who
        for page in trees.values():
            detail = client.get(f"/api/v2/pages/{page.pk}/?fields=*")
            assert detail.status_code == 200
            assert leaked(detail.content.decode()) == [], (who, page.url_path)
        assert client.get(f"/api/v2/pages/{hidden['draft'].pk}/").status_code == 404, who
        body = json.loads(listing.content)
        assert hidden["draft"].pk not in {item["id"] for item in body["items"]}


def test_public_site_serves_live_versions_only(trees, hidden, clients):
    for who, client in visitors(clients).items():
        assert client.get("/de/entwurf/").status_code == 404, who
        for key in ("de/arbeit", "de-x-ls/arbeit"):
            response = client.get(trees[key].url)
            assert response.status_code == 200
            # Leichte Sprache pages name their test-reading group on purpose (the quality seal).
            seal = ("test readers",) if key.startswith("de-x-ls") else ()
            assert leaked(response.content.decode(), allowed=seal) == [], (who, key)
        statement = client.get(hidden["statement"].url)
        assert statement.status_code == 404  # never published: not even its existence shows


def test_headless_preview_needs_a_signed_token_from_someone_who_may_edit(trees, hidden, clients):
    anonymous = Client()
    assert anonymous.get("/api/v2/preview/").status_code == 400
    assert anonymous.get("/api/v2/preview/?token=forged").status_code == 401
    link = f"/admin/headless/preview/{hidden['draft'].pk}/"
    issued = {role: clients[role].get(link) for role in EVERY_ROLE}
    may_issue = {role for role, response in issued.items() if response.status_code == 200}
    assert may_issue == {RED, COMP, ADMIN}
    token = issued[RED].json()["token"]
    preview = anonymous.get(f"/api/v2/preview/?token={token}")
    assert preview.status_code == 200
    assert preview.json()["title"] == SECRETS["draft page"]
    assert preview["Cache-Control"] == "private, no-store"
    tampered = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    assert anonymous.get(f"/api/v2/preview/?token={tampered}").status_code == 401


def admin_outcome(client: Client, path: str) -> str:
    response = client.get(path)
    if response.status_code == 200:
        return "shown"
    if response.status_code == 302 and "/login/" in response.url:
        return "login"
    return "refused"


@pytest.mark.parametrize(
    "what, path, shown_to",
    [
        ("draft revision", "/admin/pages/{arbeit}/revisions/{revision}/view/", {RED, COMP, ADMIN}),
        ("editor preview", "/admin/pages/{draft}/edit/preview/?mode=", {RED, COMP, ADMIN}),
        ("history with overrides", "/admin/pages/{arbeit}/history/", {RED, COMP, ADMIN}),
        ("test readings", "/admin/compliance/test-readings/", {RED, READ, COMP, ADMIN}),
        # Feedback on barriers is work for the editors and the accessibility reviewers (Wagtail shows
        # submissions to whoever may edit the form page).
        ("form submissions", "/admin/forms/submissions/{statement}/", {RED, COMP, ADMIN}),
        ("submissions export", "/admin/forms/submissions/{statement}/?export=csv", {RED, COMP, ADMIN}),
    ],
)
def test_admin_views_of_protected_records(what, path, shown_to, trees, hidden, clients):
    url = path.format(
        arbeit=trees["de/arbeit"].pk,
        revision=hidden["revision"].pk,
        draft=hidden["draft"].pk,
        statement=hidden["statement"].pk,
    )
    assert admin_outcome(Client(), url) == "login", what
    outcomes = {role: admin_outcome(clients[role], url) for role in EVERY_ROLE}
    assert {role for role, outcome in outcomes.items() if outcome == "shown"} == shown_to, what
    assert set(outcomes.values()) <= {"shown", "refused"}


def test_translators_and_test_readers_never_see_feedback_or_override_reasons(trees, hidden, clients):
    for role in (EN, LS, READ):
        for path in (
            "/admin/",
            "/admin/compliance/report/",
            "/admin/reports/site-history/",
            "/admin/pages/search/?q=Geheim",
        ):
            response = clients[role].get(path)
            text = response.content.decode() if response.status_code == 200 else ""
            assert leaked(text, allowed=("test readers",)) == [], (role, path)
