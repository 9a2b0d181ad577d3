"""The veto itself: revision.publish() in code, fail-closed, overrides, marks, test readings."""

import datetime

import pytest
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from wagtail.log_actions import log
from wagtail.models import Page

from cms.compliance import checks
from cms.compliance.gate import OVERRIDE_ACTION, ComplianceError
from cms.compliance.models import ComplianceReport
from cms.compliance.models import TestReading as Reading
from cms.compliance.store import assess, check_revision

from .conftest import GOOD_TEXT, LONG_SENTENCE, make_article, mark_fine

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


def test_checker_failure_blocks_with_an_honest_message(home, monkeypatch, caplog, settings):
    settings.COMPLIANCE_CHECK_WORKER = False  # the page is checked in this process (its check broken)

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
    mark_fine(stored, blocking, admin_user, "Gesetzestext")
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


@pytest.fixture
def media(settings, tmp_path):
    """Uploads of one test in a folder of their own: a later test's file keeps its own name."""
    settings.MEDIA_ROOT = str(tmp_path)


def rathaus_image():
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file
    from wagtail.models import Collection

    if not Collection.get_first_root_node():
        Collection.add_root(name="Root")
    return get_image_model().objects.create(title="Rathaus", file=get_test_image_file(filename="rathaus.png"))


def pdf_document(title: str, data: bytes):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model
    from wagtail.models import Collection

    if not Collection.get_first_root_node():
        Collection.add_root(name="Root")
    document = get_document_model()(title=title)
    document.file.save(f"{title.lower().replace(' ', '-')}.pdf", ContentFile(data), save=False)
    document._set_document_file_metadata()
    document.save()
    return document


def test_image_without_alt_text_blocks_with_its_block_named(home, media):
    import json

    image = rathaus_image()
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


def test_an_alt_text_is_checked_as_text_of_the_page_language(home, media):
    import json

    image = rathaus_image()
    body = [{"type": "image", "value": {"image": image.pk, "decorative": False, "alt_text": LONG_SENTENCE}}]
    page = make_article(home, body=json.dumps(body))
    stored = check_revision(page.save_revision())
    assert any(f.rule == "sentence-too-long" and f.field == "body[0]" for f in stored.report.errors)

    body[0]["value"]["alt_text"] = "Das Rathaus am Dr.-Külz-Ring."
    page.body = json.dumps(body)
    assert not check_revision(page.save_revision()).report.errors


def test_a_linked_pdf_is_checked_and_its_findings_name_the_field(home, media):
    from a11y_checks.pdf.build import sample_pdf

    untagged = pdf_document("Aktionsplan", sample_pdf(tagged=False, lang=None, title=None))
    link = f'<p>{GOOD_TEXT} <a linktype="document" id="{untagged.pk}">Der Aktionsplan als PDF</a></p>'
    page = make_article(home, summary=link)
    with pytest.raises(ComplianceError) as caught:
        page.save_revision().publish()
    assert "summary" in caught.value.error_dict
    stored = ComplianceReport.objects.get(page=page)
    pdf_errors = [f for f in stored.report.errors if f.field == "summary" and f.rule.startswith("pdf-")]
    assert pdf_errors, stored.report.errors

    tagged = pdf_document("Aktionsplan barrierefrei", sample_pdf())
    page.summary = link.replace(f'id="{untagged.pk}"', f'id="{tagged.pk}"')
    page.save_revision().publish()
    assert Page.objects.get(pk=page.pk).live


def test_a_new_file_under_the_same_document_is_new_content(home, media):
    from a11y_checks.pdf.build import sample_pdf
    from cms.compliance.extract import content_hash, extract

    document = pdf_document("Aktionsplan", sample_pdf())
    page = make_article(home, summary=f'<p>{GOOD_TEXT} <a linktype="document" id="{document.pk}">PDF</a></p>')
    before = content_hash(extract(page.specific))
    # a new upload under the same name and title: only the file's bytes differ
    with open(document.file.path, "wb") as handle:
        handle.write(sample_pdf(tagged=False))
    document._set_file_hash()
    document.save()
    assert content_hash(extract(page.specific)) != before


def test_a_mark_is_void_once_a_field_with_a_document_link_changes(home, admin_user, media):
    from a11y_checks.pdf.build import sample_pdf

    document = pdf_document("Aktionsplan", sample_pdf())
    summary = f'{ONE_LONG_SENTENCE}<p><a linktype="document" id="{document.pk}">Der Plan</a></p>'
    page = make_article(home, summary=summary)
    stored = check_revision(page.save_revision())
    finding = assess(stored).blocking[0]
    mark_fine(stored, [finding], admin_user, "Gesetzestext")
    assert assess(stored).blocking == []
    # another sentence in the field, the same document linked: the field is no longer what was
    # judged fine (the mark was made on the field's text, not on the document's)
    page.summary = summary.replace("</p><p>", " Noch ein Satz.</p><p>", 1)
    changed = check_revision(page.save_revision())
    assert [f.rule for f in assess(changed).blocking] == [finding.rule]


def test_a_field_the_walk_cannot_read_blocks_with_an_honest_message(home, monkeypatch, caplog):
    from cms.compliance import extract

    def unreadable(field, value, path):
        raise ValueError("stream data from an older block definition")

    monkeypatch.setitem(extract.FIELD_HANDLERS, extract.RichTextField, unreadable)
    page = make_article(home)
    revision = page.save_revision()
    with pytest.raises(ComplianceError) as caught:
        revision.publish()
    assert "(extract)" in " ".join(caught.value.messages)
    assert "stream data from an older block definition" in caplog.text
    page.refresh_from_db()
    assert not page.live and page.latest_revision_id == revision.pk


def test_the_newest_test_reading_of_the_content_decides(ls_home, admin_user):
    page = make_article(ls_home, title="Hilfe", summary="<p>Die Stadt hilft.</p><p>Sie hilft gern.</p>")
    revision = page.save_revision()
    stored = check_revision(revision)

    def reading(day: int, result: str) -> None:
        Reading.objects.create(
            page=page,
            revision=revision,
            content_hash=stored.content_hash,
            readers="Prüfgruppe Leben",
            read_on=datetime.date(2026, 11, day),
            result=result,
            recorded_by=admin_user,
        )

    reading(20, Reading.Result.PASSED)
    assert assess(stored).publishable
    reading(24, Reading.Result.FAILED)  # the group read it again and did not understand it
    assert not assess(stored).publishable and stored.test_reading_done is False
    with pytest.raises(ComplianceError):
        revision.publish()


def test_a_mark_changes_the_verdict_not_the_time_of_the_check(home, admin_user):
    page = make_article(home, summary=ONE_LONG_SENTENCE)
    stored = check_revision(page.save_revision())
    checked_at = ComplianceReport.objects.get(pk=stored.pk).checked_at
    finding = assess(stored).blocking[0]
    mark_fine(stored, [finding], admin_user, "Zitat")
    assess(stored)
    again = ComplianceReport.objects.get(pk=stored.pk)
    assert again.passed and again.errors == 0 and again.checked_at == checked_at
