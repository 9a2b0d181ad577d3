"""The veto itself: revision.publish() in code, fail-closed, overrides, marks, test readings."""

import datetime

import pytest
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from wagtail.log_actions import log
from wagtail.models import Page

from cms.compliance import checks
from cms.compliance.gate import OVERRIDE_ACTION, ComplianceError
from cms.compliance.models import ComplianceReport, FindingMark
from cms.compliance.models import TestReading as Reading
from cms.compliance.store import assess, check_revision, text_hash_for

from .conftest import GOOD_TEXT, LONG_SENTENCE, make_article

# One over-long sentence among short ones: the page's score passes, only that finding blocks.
ONE_LONG_SENTENCE = f"<p>{GOOD_TEXT} {GOOD_TEXT} {GOOD_TEXT}</p><p>{LONG_SENTENCE}</p>"

pytestmark = pytest.mark.django_db


def draft_with_long_sentence(parent):
    page = make_article(parent, summary=f"<p>{LONG_SENTENCE}</p>")
    return page, page.save_revision()


def test_compliant_revision_publishes_in_code(home):
    page = make_article(home)
    page.save_revision().publish()
    page.refresh_from_db()
    assert page.live
    stored = ComplianceReport.objects.get(revision=page.live_revision)
    assert stored.passed and stored.errors == 0 and stored.score is not None


def test_blocked_revision_raises_validation_error_in_dict_form_and_keeps_draft(home):
    page, revision = draft_with_long_sentence(home)
    with pytest.raises(ComplianceError) as caught:
        revision.publish()
    assert isinstance(caught.value, ValidationError)
    assert "summary" in caught.value.error_dict
    page.refresh_from_db()
    assert not page.live and page.latest_revision_id == revision.pk
    stored = ComplianceReport.objects.get(revision=revision)
    assert not stored.passed and stored.errors >= 1


def test_report_is_stored_once_per_revision(home, monkeypatch):
    _page, revision = draft_with_long_sentence(home)
    first = check_revision(revision)
    monkeypatch.setattr(checks, "extract", lambda page: pytest.fail("checked twice"))
    assert check_revision(revision).pk == first.pk


def test_checker_failure_blocks_with_an_honest_message(home, monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise RuntimeError("dictionary missing")

    monkeypatch.setattr(
        checks,
        "check_rendered",
        lambda markup, lang, known, severities: checks.guarded("a11y_checks", broken),
    )
    page = make_article(home)
    revision = page.save_revision()
    with pytest.raises(ComplianceError) as caught:
        revision.publish()
    assert "fehlgeschlagen" in " ".join(caught.value.messages) or "failed" in " ".join(caught.value.messages)
    assert "dictionary missing" in caught.value.messages[0] or "dictionary missing" in caplog.text
    page.refresh_from_db()
    assert not page.live


def test_override_logged_for_the_revision_lets_it_publish(home, admin_user):
    page, revision = draft_with_long_sentence(home)
    log(instance=page, action=OVERRIDE_ACTION, user=admin_user, revision=revision, data={"reason": "Zitat"})
    revision.publish()
    page.refresh_from_db()
    assert page.live


def test_mark_stops_a_finding_from_blocking_while_the_text_is_unchanged(home, admin_user):
    page = make_article(home, summary=ONE_LONG_SENTENCE)
    revision = page.save_revision()
    stored = check_revision(revision)
    blocking = assess(stored).blocking
    for finding in blocking:
        FindingMark.objects.create(
            page=page,
            rule=finding.rule,
            excerpt=finding.excerpt,
            text_hash=text_hash_for(stored, finding),
            reason="Gesetzestext",
            user=admin_user,
        )
    assert assess(stored).blocking == []
    revision.publish()
    page.refresh_from_db()
    assert page.live

    page.summary = ONE_LONG_SENTENCE.replace("</p><p>", " Noch ein Satz.</p><p>", 1)
    changed = page.save_revision()
    with pytest.raises(ComplianceError):
        changed.publish()


def test_leichte_sprache_needs_a_test_reading_of_the_current_content(ls_home, admin_user):
    page = make_article(ls_home, title="Hilfe", summary="<p>Die Stadt hilft.</p><p>Sie hilft gern.</p>")
    revision = page.save_revision()
    with pytest.raises(ComplianceError) as caught:
        revision.publish()
    assert NON_FIELD_ERRORS in caught.value.error_dict
    stored = check_revision(revision)
    Reading.objects.create(
        page=page,
        revision=revision,
        content_hash=stored.content_hash,
        readers="Prüfgruppe Leben",
        read_on=datetime.date(2026, 11, 20),
        result=Reading.Result.PASSED,
        recorded_by=admin_user,
    )
    revision.publish()
    page.refresh_from_db()
    assert page.live
    assert ComplianceReport.objects.get(revision=revision).test_reading_done


def test_image_without_alt_text_blocks_with_its_block_named(home):
    import json

    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    image = get_image_model().objects.create(
        title="Rathaus", file=get_test_image_file(filename="rathaus.png")
    )
    body = [{"type": "image", "value": {"image": image.pk, "decorative": False, "alt_text": ""}}]
    page = make_article(home, body=json.dumps(body))
    with pytest.raises(ComplianceError) as caught:
        page.save_revision().publish()
    assert "body" in caught.value.error_dict
    stored = ComplianceReport.objects.get(page=page)
    assert any(f.rule == "image-alt" and f.field == "body[0]" for f in stored.report.errors)


def test_a_checker_change_rechecks_stored_and_cached_reports(home, monkeypatch):
    import plainlanguage
    from cms.compliance import profiles

    _page, revision = draft_with_long_sentence(home)
    first = check_revision(revision)
    current = plainlanguage.RULES
    # the next release drops a rule: the stored report was made by other checkers
    released = {rule_id: rule for rule_id, rule in current.items() if rule_id != "abbreviation"}
    profiles.checker_version.cache_clear()
    monkeypatch.setattr(plainlanguage, "RULES", released)
    rechecked = check_revision(revision)
    assert rechecked.pk == first.pk and rechecked.rules_fingerprint != first.rules_fingerprint
    monkeypatch.setattr(checks, "check_all", lambda *args: pytest.fail("re-checked"))
    check_revision(revision)  # unchanged checkers since: the stored report is reused
    monkeypatch.setattr(plainlanguage, "RULES", current)
    profiles.checker_version.cache_clear()


def test_the_report_of_a_published_revision_is_stored_also_when_scheduled(home):
    """The publish action writes a new report with the page; a scheduled publish saves no page."""
    from django.utils import timezone

    page = make_article(home)
    page.go_live_at = timezone.now() + datetime.timedelta(days=2)
    revision = page.save_revision()
    revision.publish()
    assert ComplianceReport.objects.get(revision=revision).passed
    later = make_article(home, title="Noch ein Angebot")
    now = later.save_revision()
    now.publish()
    assert ComplianceReport.objects.get(revision=now).passed and Page.objects.get(pk=later.pk).live
