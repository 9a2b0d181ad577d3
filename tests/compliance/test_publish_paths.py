"""One test per publish path: a blocked page stays a draft (with a message, not an error page),
and a compliant page publishes on the same path."""

import datetime

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import GroupApprovalTask, Page, PageLogEntry, Workflow, WorkflowState, WorkflowTask
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from cms.compliance.gate import OVERRIDE_ACTION
from cms.compliance.store import check_revision

from .conftest import GOOD_TEXT, LONG_SENTENCE, make_article

pytestmark = pytest.mark.django_db
BLOCKED = f"<p>{LONG_SENTENCE}</p>"
FINE = f"<p>{GOOD_TEXT}</p>"


def form(title, summary_html, slug, **extra):
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "teaser": "",
            "summary": rich_text(summary_html),
            "body": streamfield([]),
            "notes": inline_formset([]),
            "comments": inline_formset([]),
            **extra,
        }
    )


def live(page) -> bool:
    return Page.objects.get(pk=page.pk).live


def messages_of(response) -> str:
    return " ".join(str(m.message) for m in response.context["messages"]) if response.context else ""


@pytest.fixture
def client_editor(client, editor):
    client.force_login(editor)
    return client


# --- editor publish, create-and-publish, revert ------------------------------------------------


def test_editor_publish_refused_with_findings_and_fields_then_fixed(client_editor, home):
    page = make_article(home)
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = client_editor.post(
        url, form("Neue Angebote", BLOCKED, page.slug, **{"action-publish": "1"}), follow=True
    )
    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == url
    text = messages_of(response)
    assert "was not published" in text or "nicht veröffentlicht" in text
    assert "Summary" in text  # the field is named
    assert not live(page)
    assert Page.objects.get(pk=page.pk).get_latest_revision().content["summary"].count("Stadtverwaltung") == 1

    response = client_editor.post(url, form("Neue Angebote", FINE, page.slug, **{"action-publish": "1"}))
    assert response.status_code == 302
    assert live(page)


def test_create_and_publish(client_editor, home):
    url = reverse("wagtailadmin_pages:add", args=["testapp", "articlepage", home.pk])
    response = client_editor.post(
        url, form("Lange Sätze", BLOCKED, "lange-saetze", **{"action-publish": "1"})
    )
    created = Page.objects.get(slug="lange-saetze")
    assert response.status_code == 302 and response.url == reverse(
        "wagtailadmin_pages:edit", args=[created.pk]
    )
    assert not created.live and created.latest_revision_id

    client_editor.post(url, form("Kurze Sätze", FINE, "kurze-saetze", **{"action-publish": "1"}))
    assert Page.objects.get(slug="kurze-saetze").live


def test_publish_after_revert_to_an_old_blocked_revision(client_editor, home):
    page = make_article(home, summary=BLOCKED)
    old = page.save_revision()
    page.summary = FINE
    page.save_revision().publish()
    url = reverse("wagtailadmin_pages:revisions_revert", args=[page.pk, old.pk])
    response = client_editor.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        form("Neue Angebote", BLOCKED, page.slug, **{"action-publish": "1", "revision": old.pk}),
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert "Stadtverwaltung" not in page.summary  # the live content stays the compliant one
    assert client_editor.get(url).status_code == 200


def test_override_with_reason_needs_the_permission(client, editor, admin_user, home):
    page = make_article(home)
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = form(
        "Neue Angebote", BLOCKED, page.slug, **{"action-publish": "1", "compliance_override_reason": "Zitat"}
    )
    client.force_login(editor)
    client.post(url, data)
    assert not live(page)

    client.force_login(admin_user)
    client.post(url, data)
    assert live(page)
    entry = PageLogEntry.objects.get(page=page, action=OVERRIDE_ACTION)
    assert entry.data["reason"] == "Zitat" and entry.data["findings"] and entry.user == admin_user


# --- bulk publish with draft children ------------------------------------------------------------


def test_bulk_publish_refuses_when_a_draft_child_is_blocked(client_editor, home):
    parent = make_article(home, title="Eltern")
    child = make_article(parent, title="Kind", summary=BLOCKED)
    child.save_revision()
    url = (
        reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
        + f"?id={parent.pk}&next=/admin/"
    )
    response = client_editor.post(url, {"include_descendants": "on"}, follow=True)
    assert response.status_code == 200
    assert "Kind" in messages_of(response)
    assert not live(parent) and not live(child)

    child.summary = FINE
    child.save_revision()
    client_editor.post(url, {"include_descendants": "on"})
    assert live(parent) and live(child)


def test_bulk_publish_skips_draft_children_the_user_may_not_publish(client_editor, home, monkeypatch):
    """As Wagtail's bulk action does; a site's own permission rules may keep a child from the editor."""
    from wagtail.models import PagePermissionTester

    parent = make_article(home, title="Eltern")
    child = make_article(parent, title="Kind", summary=BLOCKED)
    child.save_revision()
    can_publish = PagePermissionTester.can_publish
    monkeypatch.setattr(
        PagePermissionTester, "can_publish", lambda tester: tester.page.pk != child.pk and can_publish(tester)
    )
    url = (
        reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
        + f"?id={parent.pk}&next=/admin/"
    )
    client_editor.post(url, {"include_descendants": "on"})
    assert live(parent) and not live(child)


# --- scheduled publishing --------------------------------------------------------------------------


def test_publish_scheduled_skips_a_blocked_page_and_publishes_the_rest(home, caplog):
    past = timezone.now() - datetime.timedelta(minutes=5)
    blocked = make_article(home, title="Gesperrt", summary=BLOCKED)
    fine = make_article(home, title="Frei")
    for page in (blocked, fine):
        revision = page.save_revision()
        revision.approved_go_live_at = past
        revision.save()

    call_command("publish_scheduled")

    assert live(fine) and not live(blocked)
    assert "Gesperrt" in caplog.text
    # still scheduled: it goes live on a later run once it passes (e.g. after a mark or a rules change)
    assert Page.objects.get(pk=blocked.pk).get_latest_revision().approved_go_live_at is not None


def test_publish_scheduled_tells_the_page_history_once_why_it_did_not_go_live(client, admin_user, home):
    past = timezone.now() - datetime.timedelta(minutes=5)
    page = make_article(home, title="Gesperrt", summary=BLOCKED)
    revision = page.save_revision()
    revision.approved_go_live_at = past
    revision.save()

    call_command("publish_scheduled")
    call_command("publish_scheduled")  # cron runs it again and again: one entry, not one per run

    entry = PageLogEntry.objects.get(page=page, action="compliance.blocked")
    assert entry.revision_id == revision.pk and entry.data["findings"]
    client.force_login(admin_user)
    history = client.get(reverse("wagtailadmin_pages:history", args=[page.pk])).content.decode()
    assert "Nicht zum geplanten Zeitpunkt veröffentlicht: 1 sperrender Befund" in history


def test_publish_scheduled_goes_on_when_one_revision_fails_with_an_error(home, monkeypatch, caplog):
    from wagtail.models import Revision

    past = timezone.now() - datetime.timedelta(minutes=5)
    broken = make_article(home, title="Kaputt")
    fine = make_article(home, title="Frei")
    for page in (broken, fine):
        revision = page.save_revision()
        revision.approved_go_live_at = past
        revision.save()
    publish = Revision.publish

    def failing_for_one(self, *args, **kwargs):
        if self.object_id == str(broken.pk):
            raise RuntimeError("storage offline")
        return publish(self, *args, **kwargs)

    monkeypatch.setattr(Revision, "publish", failing_for_one)
    call_command("publish_scheduled")

    assert live(fine) and not live(broken)
    assert "Kaputt" in caplog.text and "storage offline" in caplog.text


def test_publish_scheduled_never_writes_to_a_refused_revision(home):
    past = timezone.now() - datetime.timedelta(minutes=5)
    revision = make_article(home, title="Gesperrt", summary=BLOCKED).save_revision()
    revision.approved_go_live_at = past
    revision.save()
    check_revision(revision)

    with CaptureQueriesContext(connection) as queries:
        call_command("publish_scheduled")

    # a run killed half-way must not leave the schedule cleared: the row is never touched
    assert not [q["sql"] for q in queries if q["sql"].startswith('UPDATE "wagtailcore_revision"')]
    revision.refresh_from_db()
    assert revision.approved_go_live_at == past


# --- workflow approval -----------------------------------------------------------------------------


def approve_via_admin(client, page):
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(page.pk))
    task_state = state.current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    return client.post(url, {"comment": ""}, HTTP_X_REQUESTED_WITH="XMLHttpRequest")


def test_workflow_approval_refused_keeps_task_open_then_approves(client, admin_user, home):
    workflow = Workflow.objects.create(name="Freigabe")
    task = GroupApprovalTask.objects.create(name="Redaktion prüft")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    page = make_article(home, summary=BLOCKED)
    page.save_revision()
    workflow.start(page, admin_user)
    client.force_login(admin_user)

    response = approve_via_admin(client, page)
    assert response.status_code == 200
    assert response.json()["redirect"] == reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert not live(page)
    assert WorkflowState.objects.get(object_id=str(page.pk)).status == WorkflowState.STATUS_IN_PROGRESS

    page = Page.objects.get(pk=page.pk).specific
    page.summary = FINE
    page.save_revision()
    approve_via_admin(client, page)
    assert live(page)


# --- copy with "publish copies" --------------------------------------------------------------------


def test_copy_with_publish_copies(client, admin_user, home):
    source = make_article(home, title="Quelle")
    source.save_revision().publish()
    source = Page.objects.get(pk=source.pk).specific
    source.summary = BLOCKED  # a blocked draft on a live page: the copy would record it as live
    source.save_revision()
    client.force_login(admin_user)
    url = reverse("wagtailadmin_pages:copy", args=[source.pk])
    data = {"new_title": "Kopie", "new_slug": "kopie", "new_parent_page": home.pk, "publish_copies": "on"}
    response = client.post(url, data)
    assert response.status_code == 302 and not Page.objects.filter(slug="kopie").exists()

    source.summary = FINE
    source.save_revision().publish()
    client.post(url, data)
    assert Page.objects.get(slug="kopie").live


def test_copy_action_in_code_is_vetoed_too(home):
    from wagtail.actions.copy_page import CopyPageAction

    from cms.compliance.gate import ComplianceError

    source = make_article(home, title="Quelle2")
    source.save_revision().publish()
    source = Page.objects.get(pk=source.pk).specific
    source.summary = BLOCKED
    source.save_revision()
    with pytest.raises(ComplianceError):
        CopyPageAction(source, to=home, update_attrs={"slug": "kopie2"}, keep_live=True).execute()
    assert not Page.objects.filter(slug="kopie2").exists()
    CopyPageAction(source, to=home, update_attrs={"slug": "kopie3"}, keep_live=False).execute()
    assert not Page.objects.get(slug="kopie3").live


def test_checks_never_save_revisions(client_editor, home):
    from wagtail.actions.copy_page import CopyPageAction
    from wagtail.models import Revision

    from cms.compliance.audit import audit, pages_to_audit
    from cms.compliance.gate import ComplianceError

    draft = make_article(home, title="Ohne Fassung", summary=BLOCKED)  # never saved as a revision
    url = (
        reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
        + f"?id={draft.pk}&next=/admin/"
    )
    response = client_editor.post(url, {}, follow=True)
    assert "Ohne Fassung" in messages_of(response) and not live(draft)

    source = make_article(home, title="Live ohne Fassung", summary=BLOCKED)
    Page.objects.filter(pk=source.pk).update(live=True)  # e.g. made live by an import
    source = Page.objects.get(pk=source.pk).specific
    with pytest.raises(ComplianceError):
        CopyPageAction(source, to=home, update_attrs={"slug": "kopie4"}, keep_live=True).execute()

    summary = audit(pages_to_audit())
    assert summary.pages == Page.objects.filter(depth__gt=1).count() and summary.blocked >= 2
    assert not Revision.objects.exists()


# --- admin API ---------------------------------------------------------------------------------------


def test_admin_api_publish_answers_400_with_fields(client, admin_user, home):
    page = make_article(home, summary=BLOCKED)
    page.save_revision()
    client.force_login(admin_user)
    url = f"/admin/api/main/pages/{page.pk}/action/publish/"
    response = client.post(url, content_type="application/json", data={})
    assert response.status_code == 400
    assert "summary" in response.json()
    assert not live(page)

    fine = make_article(home, title="Gut")
    fine.save_revision()
    assert (
        client.post(
            f"/admin/api/main/pages/{fine.pk}/action/publish/", content_type="application/json"
        ).status_code
        == 200
    )
    assert live(fine)
