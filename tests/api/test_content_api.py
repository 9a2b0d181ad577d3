"""The content API: locale filters, translations, drafts hidden, rich text as HTML."""

import pytest

from .conftest import add_page, publish

pytestmark = pytest.mark.django_db


def items(client, **params):
    response = client.get("/api/v2/pages/", params)
    assert response.status_code == 200, response.content
    return response.json()["items"]


def test_locale_filter(client, homes):
    listed = items(client, locale="en")
    assert [(item["id"], item["meta"]["locale"]) for item in listed] == [(homes["en"].pk, "en")]
    assert {item["meta"]["locale"] for item in items(client)} == {"de", "en", "de-x-ls"}


def test_translation_of_filter(client, homes):
    listed = items(client, translation_of=homes["de"].pk)
    assert {item["id"] for item in listed} == {homes["en"].pk, homes["de-x-ls"].pk}
    only_ls = items(client, translation_of=homes["de"].pk, locale="de-x-ls")
    assert [item["id"] for item in only_ls] == [homes["de-x-ls"].pk]


def test_each_page_lists_its_translations(client, homes):
    detail = client.get(f"/api/v2/pages/{homes['de'].pk}/").json()
    translations = detail["meta"]["translations"]
    assert [(t["locale"], t["id"]) for t in translations] == [
        ("de-x-ls", homes["de-x-ls"].pk),
        ("en", homes["en"].pk),
    ]
    assert translations[1]["url"].endswith("/en/")
    assert translations[0]["url"].endswith("/de-x-ls/")
    listed = {item["id"]: item["meta"]["translations"] for item in items(client)}
    assert {t["id"] for t in listed[homes["en"].pk]} == {homes["de"].pk, homes["de-x-ls"].pk}


def test_unpublished_translation_is_not_listed(client, homes):
    homes["en"].unpublish()
    detail = client.get(f"/api/v2/pages/{homes['de'].pk}/").json()
    assert [t["locale"] for t in detail["meta"]["translations"]] == ["de-x-ls"]


def test_drafts_are_never_visible(client, homes):
    draft = add_page(homes["de"], "Entwurf: Sprachcafé", "sprachcafe", live=False)
    assert draft.pk not in {item["id"] for item in items(client)}
    assert client.get(f"/api/v2/pages/{draft.pk}/").status_code == 404

    live = add_page(homes["de"], "Beratung für Familien", "beratung")
    live.title = "Entwurf: neue Überschrift"
    live.save_revision()
    detail = client.get(f"/api/v2/pages/{live.pk}/").json()
    assert detail["title"] == "Beratung für Familien"


def test_rich_text_is_display_ready_html(client, homes):
    target = add_page(homes["de"], "Sprachkurse", "sprachkurse")
    page = add_page(
        homes["de"],
        "Bildung",
        "bildung",
        intro=f'<p>Siehe <a linktype="page" id="{target.pk}">Kurse</a>.</p>',
    )
    intro = client.get(f"/api/v2/pages/{page.pk}/").json()["intro"]
    assert intro == '<p>Siehe <a href="/de/sprachkurse/">Kurse</a>.</p>'
    publish(page)


def test_urls_are_wagtails_own(client, homes):
    from wagtail.models import Page

    child = add_page(homes["en"], "Language courses", "language-courses")
    for item in items(client):
        page = Page.objects.get(pk=item["id"])
        assert item["meta"]["html_url"] == page.full_url
        for translation in client.get(f"/api/v2/pages/{page.pk}/").json()["meta"]["translations"]:
            assert translation["url"] == Page.objects.get(pk=translation["id"]).full_url
    assert child.full_url.endswith("/en/language-courses/")
