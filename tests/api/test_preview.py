"""Draft preview for a headless front end: signed, expiring tokens issued to editors."""

import time

import pytest
from django.core import signing
from django.test import override_settings

from cms.headless.preview import issue_preview_token

from .conftest import add_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft_page(homes):
    page = add_page(homes["de"], "Beratung für Familien", "beratung")
    page.title = "Beratung für Familien (Entwurf 2)"
    page.save_revision()
    return page


def preview(client, token):
    return client.get("/api/v2/preview/", {"token": token})


def test_valid_token_shows_the_latest_revision(client, draft_page):
    response = preview(client, issue_preview_token(draft_page.pk))
    assert response.status_code == 200
    data = response.json()
    assert data["id"] == draft_page.pk and data["title"] == "Beratung für Familien (Entwurf 2)"
    assert data["meta"]["type"] == "core.HomePage" and "translations" in data["meta"]
    assert response["Cache-Control"] == "private, no-store"
    assert client.get(f"/api/v2/pages/{draft_page.pk}/").json()["title"] == "Beratung für Familien"


def test_never_published_page_can_be_previewed(client, homes):
    page = add_page(homes["de"], "Sprachcafé", "sprachcafe", live=False)
    page.save_revision()
    assert preview(client, issue_preview_token(page.pk)).json()["title"] == "Sprachcafé"


@override_settings(HEADLESS_PREVIEW_MAX_AGE_SECONDS=600)
def test_expired_token_is_refused(client, draft_page, monkeypatch):
    issued_at = time.time() - 601
    monkeypatch.setattr(signing.time, "time", lambda: issued_at)
    token = issue_preview_token(draft_page.pk)
    monkeypatch.undo()
    response = preview(client, token)
    assert response.status_code == 401
    assert "expired" in response.json()["message"]


def test_tampered_token_is_refused(client, draft_page, homes):
    token = issue_preview_token(draft_page.pk)
    _payload, timestamp, signature = token.split(":")
    other = signing.b64_encode(f'{{"page":{homes["de"].pk}}}'.encode()).decode()
    for forged in (f"{other}:{timestamp}:{signature}", token[:-2] + "xx", "eyJwYWdlIjoxfQ"):
        response = preview(client, forged)
        assert response.status_code == 401
        assert response.json()["message"] == "invalid preview token"
    assert preview(client, "").status_code == 401
    assert client.get("/api/v2/preview/").status_code == 400


def test_editors_get_tokens_from_the_admin(client, draft_page, admin_user):
    client.force_login(admin_user)
    issued = client.get(f"/admin/headless/preview/{draft_page.pk}/").json()
    assert issued["expires_in"] == 3600
    assert "/api/v2/preview/?token=" in issued["api_url"]
    assert preview(client, issued["token"]).json()["title"].endswith("(Entwurf 2)")


@override_settings(HEADLESS_PREVIEW_URL="https://app.example.org/vorschau?token={token}")
def test_admin_sends_editors_to_the_configured_front_end(client, draft_page, admin_user):
    client.force_login(admin_user)
    response = client.get(f"/admin/headless/preview/{draft_page.pk}/")
    assert response.status_code == 302
    assert response["Location"].startswith("https://app.example.org/vorschau?token=")


def test_users_who_cannot_edit_get_no_token(client, draft_page, django_user_model):
    from django.contrib.auth.models import Permission

    reader = django_user_model.objects.create_user("leser", password="pw")
    reader.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(reader)
    response = client.get(f"/admin/headless/preview/{draft_page.pk}/")
    assert response.status_code in (302, 403)
    assert "token" not in response.content.decode()


def test_page_header_offers_the_preview_link_to_editors(client, draft_page, admin_user):
    from django.urls import reverse

    client.force_login(admin_user)
    explorer = client.get(reverse("wagtailadmin_explore", args=[draft_page.get_parent().pk]))
    assert reverse("headless_preview_link", args=[draft_page.pk]) in explorer.content.decode()
    assert "Headless-Vorschau" in explorer.content.decode()
