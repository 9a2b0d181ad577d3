"""Two editors saving the same page: neither revision is lost, and stale autosaves are refused."""

import pytest
from django.test import Client
from wagtail.models import Locale, Page, PageLogEntry
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from cms.core.models import ContentPage, HomePage


@pytest.fixture
def page(db):
    locale = Locale.objects.get_or_create(language_code="de")[0]
    home = Page.get_first_root_node().add_child(
        instance=HomePage(title="Start", slug="start-c", locale=locale)
    )
    page = home.add_child(instance=ContentPage(title="Wohnen", slug="wohnen", locale=locale))
    page.save_revision().publish()
    return page


@pytest.fixture
def editors(django_user_model):
    clients = []
    for name in ("anna", "ben"):
        client = Client()
        client.force_login(
            django_user_model.objects.create_superuser(name, f"{name}@example.org", "pw-2026-x")
        )
        clients.append(client)
    return clients


def edit_form(client: Client, page: Page) -> dict:
    """What the editor's browser sends: the loaded revision id and time from the edit form."""
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    context = response.context
    return {
        "loaded_revision_id": str(page.get_latest_revision().pk),
        "loaded_revision_created_at": context["loaded_revision_created_at"],
    }


def post_edit(client: Client, page: Page, title: str, loaded: dict) -> object:
    return client.post(f"/admin/pages/{page.pk}/edit/", {**form_data(title), **loaded})


def test_two_editors_saving_the_same_page_both_revisions_are_kept(page, editors):
    anna, ben = editors
    loaded_by_anna, loaded_by_ben = edit_form(anna, page), edit_form(ben, page)
    before = page.revisions.count()

    assert post_edit(anna, page, "Wohnen – Fassung Anna", loaded_by_anna).status_code == 302
    assert post_edit(ben, page, "Wohnen – Fassung Ben", loaded_by_ben).status_code == 302

    revisions = list(page.revisions.order_by("created_at", "pk"))
    assert len(revisions) == before + 2
    titles = [revision.content["title"] for revision in revisions[-2:]]
    assert titles == ["Wohnen – Fassung Anna", "Wohnen – Fassung Ben"]
    assert [revision.user.username for revision in revisions[-2:]] == ["anna", "ben"]
    # The live page is untouched by drafts; the audit log records both edits.
    page.refresh_from_db()
    assert page.title == "Wohnen"
    assert list(
        PageLogEntry.objects.filter(page=page, action="wagtail.edit")
        .order_by("timestamp", "pk")
        .values_list("user__username", flat=True)
    )[-2:] == ["anna", "ben"]


def test_autosave_never_overwrites_a_newer_revision_of_someone_else(page, editors):
    anna, ben = editors
    loaded_by_ben = edit_form(ben, page)
    # Ben's first autosave creates his revision; the browser then overwrites it on each autosave.
    first = ben.post(
        f"/admin/pages/{page.pk}/edit/",
        {**form_data("Wohnen – Ben tippt"), **loaded_by_ben},
        headers={"Accept": "application/json"},
    )
    assert first.json()["success"] is True
    bens_revision = first.json()["revision_id"]

    # Anna saves in between.
    assert post_edit(anna, page, "Wohnen – Anna speichert", edit_form(anna, page)).status_code == 302

    # Ben's next autosave would overwrite his revision, but it is no longer the latest: refused.
    second = ben.post(
        f"/admin/pages/{page.pk}/edit/",
        {
            **form_data("Wohnen – Ben tippt weiter"),
            **loaded_by_ben,
            "overwrite_revision_id": str(bens_revision),
        },
        headers={"Accept": "application/json"},
    )
    assert second.status_code == 400
    assert second.json()["error_code"] == "invalid_revision"
    titles = [r.content["title"] for r in page.revisions.order_by("created_at", "pk")]
    assert titles[-2:] == ["Wohnen – Ben tippt", "Wohnen – Anna speichert"]


def test_a_locked_page_cannot_be_saved_by_another_editor(page, editors):
    anna, ben = editors
    assert anna.post(f"/admin/pages/{page.pk}/lock/").status_code == 302
    page.refresh_from_db()
    assert page.locked
    before = page.revisions.count()
    response = post_edit(ben, page, "Wohnen – trotz Sperre", edit_form(ben, page))
    assert response.status_code in (200, 302, 403)
    assert page.revisions.count() == before
    assert post_edit(anna, page, "Wohnen – Anna mit Sperre", edit_form(anna, page)).status_code == 302
    assert page.revisions.count() == before + 1


def form_data(title: str) -> dict:
    return nested_form_data(
        {
            "title": title,
            "slug": "wohnen",
            "intro": rich_text("<p>Gutes Wohnen für alle.</p>"),
            "body": streamfield([]),
            "comments": inline_formset([]),
        }
    )
