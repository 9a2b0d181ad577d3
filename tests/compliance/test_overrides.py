"""Publishing despite findings beyond the editor's button: in code, over both APIs, in bulk.
Each path needs the permission and a reason and writes the same audit-log entry; without the
permission the refusal stands."""

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from wagtail.models import APIToken, Page, PageLogEntry

from cms.compliance.gate import OVERRIDE_ACTION, ComplianceError, override

from .conftest import GOOD_TEXT, LONG_SENTENCE, make_article

pytestmark = pytest.mark.django_db
BLOCKED = f"<p>{LONG_SENTENCE}</p>"
REASON = "Wörtliches Zitat aus dem Ratsbeschluss"


def live(page) -> bool:
    return Page.objects.get(pk=page.pk).live


def blocked_draft(home, title="Beschluss"):
    page = make_article(home, title=title, summary=BLOCKED)
    return page, page.save_revision()


def override_entry(page) -> PageLogEntry:
    return PageLogEntry.objects.get(page=page, action=OVERRIDE_ACTION)


# --- in code -----------------------------------------------------------------------------------


def test_override_in_code_publishes_and_logs_the_revision(home, admin_user):
    page, revision = blocked_draft(home)
    with override(admin_user, REASON):
        revision.publish(user=admin_user)
    assert live(page)
    entry = override_entry(page)
    assert entry.revision_id == revision.pk and entry.user == admin_user
    assert entry.data["reason"] == REASON and entry.data["findings"]


def test_override_in_code_without_permission_or_reason_is_no_way_around(home, editor, admin_user):
    page, revision = blocked_draft(home)
    with pytest.raises(PermissionDenied), override(editor, REASON):
        revision.publish(user=editor)
    with pytest.raises(ValueError), override(admin_user, "  "):
        revision.publish(user=admin_user)
    with pytest.raises(ComplianceError):  # and after the block, the gate holds again
        revision.publish(user=admin_user)
    assert not live(page) and not PageLogEntry.objects.filter(action=OVERRIDE_ACTION).exists()


def test_override_logs_only_what_it_let_through(home, admin_user):
    fine = make_article(home, title="Gut", summary=f"<p>{GOOD_TEXT}</p>")
    with override(admin_user, REASON):
        fine.save_revision().publish(user=admin_user)
    assert live(fine) and not PageLogEntry.objects.filter(action=OVERRIDE_ACTION).exists()


# --- admin API ---------------------------------------------------------------------------------------


def admin_api_publish(client, page, **data):
    url = f"/admin/api/main/pages/{page.pk}/action/publish/"
    return client.post(url, content_type="application/json", data=data)


def test_admin_api_publish_with_override_reason(client, admin_user, editor, home):
    page, revision = blocked_draft(home)
    client.force_login(editor)  # may publish, may not override
    response = admin_api_publish(client, page, override_reason=REASON)
    assert response.status_code == 400 and "summary" in response.json()
    assert not live(page)

    client.force_login(admin_user)
    assert admin_api_publish(client, page).status_code == 400  # no reason: refused as before
    assert admin_api_publish(client, page, override_reason=REASON).status_code == 200
    assert live(page)
    entry = override_entry(page)
    assert entry.user == admin_user and entry.data["reason"] == REASON and entry.revision_id == revision.pk


# --- API v3 ------------------------------------------------------------------------------------------


@pytest.mark.urls("tests.compliance.api_v3_urls")
def test_api_v3_publish_with_override_reason(client, admin_user, editor, home):
    page, _revision = blocked_draft(home)
    url = f"/api/v3/pages/{page.pk}/actions/publish/"

    def post(user, **data):
        _token, plaintext = APIToken.create_token(user=user, name=f"Token {user.username}")
        return client.post(
            url, content_type="application/json", data=data, HTTP_AUTHORIZATION=f"Bearer {plaintext}"
        )

    assert post(editor, override_reason=REASON).status_code == 422
    assert not live(page)
    assert post(admin_user).status_code == 422
    assert post(admin_user, override_reason=REASON).status_code == 200
    assert live(page) and override_entry(page).user == admin_user


# --- bulk publish ------------------------------------------------------------------------------------


def bulk_url(page) -> str:
    return (
        reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
        + f"?id={page.pk}&next=/admin/"
    )


def test_bulk_publish_offers_a_reason_only_with_the_permission(client, admin_user, editor, home):
    page, _revision = blocked_draft(home)
    client.force_login(editor)
    assert "compliance_override_reason" not in client.get(bulk_url(page)).content.decode()
    client.force_login(admin_user)
    assert 'name="compliance_override_reason"' in client.get(bulk_url(page)).content.decode()


def test_bulk_publish_with_a_reason(client, admin_user, editor, home):
    parent, _revision = blocked_draft(home, title="Eltern")
    child = make_article(parent, title="Kind", summary=BLOCKED)
    child.save_revision()
    data = {"include_descendants": "on", "compliance_override_reason": REASON}

    client.force_login(editor)
    client.post(bulk_url(parent), data)
    assert not live(parent) and not live(child)

    client.force_login(admin_user)
    client.post(bulk_url(parent), data)
    assert live(parent) and live(child)
    for page in (parent, child):
        entry = override_entry(page)
        assert entry.user == admin_user and entry.data["reason"] == REASON

    # the override ended with that request
    _other, revision = blocked_draft(home, title="Noch ein Beschluss")
    with pytest.raises(ComplianceError):
        revision.publish(user=admin_user)
