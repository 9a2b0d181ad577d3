"""Pages made live by a plain save() (not by publishing a revision) are checked as well."""

import pytest
from django.core import serializers
from django.core.exceptions import PermissionDenied
from wagtail.models import Page, PageLogEntry

from cms.compliance.gate import OVERRIDE_ACTION, ComplianceError, override
from cms.compliance.models import ComplianceReport
from tests.testapp.models import ArticlePage

from .conftest import GOOD_TEXT, LONG_SENTENCE, make_article

pytestmark = pytest.mark.django_db
BLOCKED = f"<p>{LONG_SENTENCE}</p>"
FINE = f"<p>{GOOD_TEXT}</p>"


def children(parent: Page) -> int:
    return Page.objects.get(pk=parent.pk).numchild


def test_a_failing_page_created_live_in_code_is_refused_and_not_saved(home):
    before = children(home)
    with pytest.raises(ComplianceError) as caught:
        home.add_child(instance=ArticlePage(title="Langer Satz", slug="lang", summary=BLOCKED, live=True))
    assert "summary" in caught.value.error_dict
    assert not Page.objects.filter(slug="lang").exists()
    assert children(home) == before  # the tree is untouched
    assert not ComplianceReport.objects.exists()  # a check of unsaved content stores nothing


def test_a_compliant_page_created_live_in_code_is_saved(home):
    page = home.add_child(instance=ArticlePage(title="Neue Angebote", slug="neu", summary=FINE, live=True))
    assert Page.objects.get(pk=page.pk).live


def test_flipping_live_on_a_failing_draft_is_refused(home):
    page = make_article(home, summary=BLOCKED)
    page.live = True
    with pytest.raises(ComplianceError):
        page.save()
    assert not Page.objects.get(pk=page.pk).live

    # also through the base Page model: its specific content is what goes live
    base = Page.objects.get(pk=page.pk)
    base.live = True
    with pytest.raises(ComplianceError) as caught:
        base.save()
    assert "summary" in caught.value.error_dict
    assert not Page.objects.get(pk=page.pk).live


def test_flipping_live_on_a_compliant_draft_is_allowed(home):
    page = make_article(home)
    page.live = True
    page.save()
    assert Page.objects.get(pk=page.pk).live


def test_a_leichte_sprache_page_needs_its_test_reading_when_created_live(ls_home):
    with pytest.raises(ComplianceError) as caught:
        ls_home.add_child(instance=ArticlePage(title="Neu", slug="neu-ls", summary=FINE, live=True))
    assert "Prüflesende" in " ".join(caught.value.messages) or "test read" in " ".join(caught.value.messages)


def test_saves_that_do_not_make_a_page_live_are_not_checked(home, admin_user):
    page, parent = make_article(home, summary=BLOCKED), make_article(home, title="Andere Eltern")
    revision = page.save_revision()
    with override(admin_user, "Zitat aus dem Ratsbeschluss"):
        revision.publish(user=admin_user)
    page.refresh_from_db()
    assert page.live
    page.title = "Langer Satz"  # a live page saved again: not a flip, no check
    page.save()
    page.move(parent, pos="last-child")  # move
    page.refresh_from_db()
    assert page.get_parent().pk == parent.pk and page.live
    page.unpublish()  # unpublish
    assert not Page.objects.get(pk=page.pk).live
    # a draft saved with update_fields that leave out live
    page.live = True
    page.save(update_fields=["title"])
    assert not Page.objects.get(pk=page.pk).live


def test_fixture_loading_is_not_checked(home):
    page = home.add_child(instance=ArticlePage(title="Gut", slug="gut", summary=FINE, live=True))
    data = serializers.serialize("json", [Page.objects.get(pk=page.pk), ArticlePage.objects.get(pk=page.pk)])
    ArticlePage.objects.filter(pk=page.pk).update(summary=BLOCKED)  # bypasses signals, as documented
    for obj in serializers.deserialize("json", data.replace(GOOD_TEXT, LONG_SENTENCE)):
        obj.save()  # raw=True, like loaddata and restore_site
    assert ArticlePage.objects.get(pk=page.pk).live


def test_create_and_publish_in_the_editor_still_keeps_a_refused_page_as_draft(client, admin_user, home):
    from .test_publish_paths import form, messages_of

    client.force_login(admin_user)
    url = f"/admin/pages/add/testapp/articlepage/{home.pk}/"
    response = client.post(
        url, form("Langer Satz", BLOCKED, "lang-neu", **{"action-publish": "1"}), follow=True
    )
    page = Page.objects.get(slug="lang-neu")
    assert not page.live and page.has_unpublished_changes  # a draft, as before
    assert "summary" in messages_of(response).lower() or "Summary" in messages_of(response)


def test_override_in_code_covers_a_page_created_live(home, admin_user, editor):
    with pytest.raises(PermissionDenied), override(editor, "kein Recht"):
        pass
    with override(admin_user, "Zitat aus dem Ratsbeschluss"):
        page = home.add_child(instance=ArticlePage(title="Zitat", slug="zitat", summary=BLOCKED, live=True))
    assert Page.objects.get(pk=page.pk).live
    entry = PageLogEntry.objects.get(page=page, action=OVERRIDE_ACTION)
    assert entry.user == admin_user and entry.data["reason"] == "Zitat aus dem Ratsbeschluss"
    assert entry.data["findings"]


def test_translating_under_an_untranslated_parent_keeps_working(home, locales):
    """Wagtail makes the missing parent an alias of the German one: in Leichte Sprache it would show
    German text nobody checked there, so it is created as a draft rather than refused."""
    from wagtail_localize.operations import translate_object

    page = make_article(home)
    page.save_revision().publish()
    translate_object(Page.objects.get(pk=page.pk).specific, [locales["de-x-ls"]])
    translation = page.get_translation(locales["de-x-ls"])
    parent = translation.get_parent()
    assert parent.alias_of_id == home.pk and not parent.live
    assert not translation.live
