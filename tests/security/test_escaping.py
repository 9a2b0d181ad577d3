"""Hostile markup entered through every editable field type never comes back executable."""

import pytest
from django.test import Client

from cms.checker_api.models import CheckerToken

from .injected import build_injected_site, content_page_form
from .payloads import PAYLOAD, assert_inert


@pytest.fixture
def site(db, django_user_model, django_capture_on_commit_callbacks):
    superuser = django_user_model.objects.create_superuser("chefin", "chefin@example.org", "pw-Chefin-2026")
    with django_capture_on_commit_callbacks(execute=True):
        pages = build_injected_site(superuser)
    admin = Client()
    admin.force_login(superuser)
    return pages, admin


PUBLIC_PAGES = ["home", "content", "plan", "field", "measure", "faq", "statement", "en"]


@pytest.mark.parametrize("key", PUBLIC_PAGES)
def test_public_pages_show_the_markup_as_text(site, key):
    pages, _ = site
    response = Client().get(pages[key].url)
    assert response.status_code == 200
    assert_inert(response.content.decode())


def test_rich_text_keeps_neither_markup_nor_javascript_links(site):
    pages, _ = site
    page = pages["content"]
    blocks = {block.block_type: block.value for block in page.body}
    rich_texts = [page.intro, str(blocks["paragraph"]), str(blocks["faq"]["answer"])]
    for html in rich_texts:
        assert "javascript:" not in html.lower()
        assert "<script" not in html and "<img" not in html and "<svg" not in html
        assert "&lt;script&gt;" in html  # kept, as text


@pytest.mark.parametrize(
    "path",
    [
        "/admin/pages/{content}/edit/",
        "/admin/pages/{home}/",
        "/admin/pages/{measure}/edit/",
        "/admin/pages/{en}/edit/",
        "/admin/pages/{content}/history/",
        "/admin/snippets/plan/responsibleoffice/",
        "/admin/forms/submissions/{statement}/",
        "/admin/compliance/report/",
        "/admin/reports/site-history/",
    ],
)
def test_admin_views_show_the_markup_as_text(site, path):
    pages, admin = site
    response = admin.get(path.format(**{key: page.pk for key, page in pages.items()}))
    assert response.status_code == 200, path
    assert_inert(response.content.decode())


def test_the_editor_preview_shows_the_markup_as_text(site):
    pages, admin = site
    preview = f"/admin/pages/{pages['content'].pk}/edit/preview/"
    assert admin.post(preview, content_page_form()).json()["is_valid"] is True
    response = admin.get(f"{preview}?mode=")
    assert response.status_code == 200
    assert "Seite" in response.content.decode()
    assert_inert(response.content.decode())


@pytest.mark.parametrize("key", ["content", "measure", "en"])
def test_content_api_returns_json_and_its_browsable_view_escapes(site, key):
    pages, _ = site
    client = Client()
    response = client.get(f"/api/v2/pages/{pages[key].pk}/?rich_text_format=html")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["X-Content-Type-Options"] == "nosniff"
    data = response.json()
    assert "__xss" in data["title"]  # the text, as data
    assert_inert(str(data.get("intro", "")), must_show=False)
    browsable = client.get(f"/api/v2/pages/{pages[key].pk}/", HTTP_ACCEPT="text/html")
    if browsable["Content-Type"].startswith("text/html"):
        assert_inert(browsable.content.decode())


def test_checker_api_reports_hostile_markup_as_data(db):
    _, token = CheckerToken.issue("sicherheitstest")
    response = Client().post(
        "/api/check/",
        {"profile": "de", "html": f"<html lang='de'><body><h1>Test</h1><p>{PAYLOAD}</p></body></html>"},
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {token}",
    )
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert isinstance(response.json()["findings"], list)
    # Served as HTML (the docs page) nothing of the request comes back.
    docs = Client().get("/api/docs")
    assert "__xss" not in docs.content.decode()
