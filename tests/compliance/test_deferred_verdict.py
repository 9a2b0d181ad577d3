"""The publish action's verdict given at the page's save: the worker checks the rendered page while
Wagtail goes on; a refusal still comes before any signal of the page and takes back every write."""

import datetime
import sys

import pytest
from django.core.exceptions import ValidationError
from django.db.models.signals import post_save
from django.utils import timezone
from wagtail.signals import page_published

from cms.compliance import checks, pipeline, worker_client
from cms.compliance.gate import ComplianceError
from cms.compliance.models import ComplianceReport
from cms.compliance.profiles import rules_for
from tests.testapp.models import ArticlePage

from .conftest import GOOD_TEXT, LONG_SENTENCE, make_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def worker_requests(monkeypatch):
    """The requests the check worker gets (the first of a turn, and those added to it)."""
    sent: list[dict] = []
    start, send = worker_client.start, worker_client.Turn.send

    def spy_start(request: dict):
        sent.append(request)
        return start(request)

    def spy_send(turn, request: dict):
        sent.append(request)
        return send(turn, request)

    monkeypatch.setattr(worker_client, "start", spy_start)
    monkeypatch.setattr(worker_client.Turn, "send", spy_send)
    return sent


def test_the_worker_checks_the_rendered_page_of_a_publish_in_code(home, worker_requests, monkeypatch):
    page = make_article(home, summary=f'<p>{GOOD_TEXT}</p><p>Mehr dazu <a href="/termine">hier</a>.</p>')
    revision = page.save_revision()
    monkeypatch.setattr(checks, "check_rendered", lambda *args: pytest.fail("checked in this process"))
    with pytest.raises(ComplianceError) as caught:
        revision.publish()
    assert "summary" in caught.value.error_dict  # the generic link text, found in place
    asked = [request["page"] for request in worker_requests if request.get("page")]
    assert len(asked) == 1 and asked[0]["html"].lstrip().lower().startswith("<!doctype html>")
    assert asked[0]["parts"] == {"summary": page.summary}


def test_the_deferred_verdict_stores_the_report_a_check_in_this_process_makes(home, settings):
    page = make_article(home, summary=f"<p>{GOOD_TEXT}</p><p>{GOOD_TEXT}</p>")
    page.save_revision().publish()
    page.refresh_from_db()
    assert page.live
    stored = ComplianceReport.objects.get(revision=page.live_revision)
    assert stored.passed and stored.pk is not None

    settings.COMPLIANCE_CHECK_WORKER = False
    pipeline.results_cache().clear()  # nothing from the publish is reused
    pipeline.clear_fragment_cache()
    content = page.live_revision.as_object()
    assert checks.run_checks(content, rules_for(content)).report.to_dict() == stored.data["report"]


def test_a_refused_publish_sends_no_signal_of_the_page_and_takes_back_wagtails_writes(home):
    page = make_article(home)
    page.save_revision().publish()  # live
    page.refresh_from_db()
    # a revision scheduled to go live tomorrow: publishing another one now clears its date
    page.go_live_at = timezone.now() + datetime.timedelta(days=1)
    scheduled = page.save_revision()
    scheduled.publish()
    scheduled.refresh_from_db()
    assert scheduled.approved_go_live_at is not None

    page.refresh_from_db()
    page.go_live_at = None
    page.summary = f"<p>{LONG_SENTENCE}</p>"
    refused = page.save_revision()
    saved, published = [], []

    def on_save(sender, instance, **kwargs):
        if instance.pk == page.pk:
            saved.append(instance)

    def on_publish(sender, instance, **kwargs):
        published.append(instance)

    post_save.connect(on_save, weak=False)
    page_published.connect(on_publish, weak=False)
    try:
        with pytest.raises(ComplianceError):
            refused.publish()
    finally:
        post_save.disconnect(on_save)
        page_published.disconnect(on_publish)
    assert saved == [] and published == []
    scheduled.refresh_from_db()
    assert scheduled.approved_go_live_at is not None  # the reset was taken back
    page.refresh_from_db()
    assert page.live_revision_id != refused.pk and page.latest_revision_id == refused.pk  # draft kept
    stored = ComplianceReport.objects.get(revision=refused)  # the refusal keeps its report
    assert not stored.passed and stored.errors >= 1


def test_a_publish_that_fails_before_the_pages_save_leaves_the_worker_free(home, monkeypatch):
    page = make_article(home)
    revision = page.save_revision()

    def invalid(self, *args, **kwargs):
        raise ValidationError({"slug": ["taken"]})

    monkeypatch.setattr(ArticlePage, "full_clean", invalid)
    with pytest.raises(ValidationError) as caught:
        revision.publish()
    assert not isinstance(caught.value, ComplianceError)
    assert worker_client._worker._lock.acquire(blocking=False)  # its answer was read
    worker_client._worker._lock.release()
    assert not ArticlePage.objects.get(pk=page.pk).live


def test_a_worker_that_fails_blocks_the_publish_and_keeps_the_draft(home, monkeypatch, caplog):
    answers_nonsense = "import sys; sys.stdin.readline(); print('{not json', flush=True)"
    worker = worker_client.CheckWorker((sys.executable, "-c", answers_nonsense))
    monkeypatch.setattr(worker_client, "_worker", worker)
    page = make_article(home)
    revision = page.save_revision()
    try:
        with pytest.raises(ComplianceError) as caught:
            revision.publish()
    finally:
        worker.stop()
    messages = " ".join(caught.value.messages)
    assert "fehlgeschlagen" in messages or "failed" in messages
    assert "unreadable answer" in caplog.text
    page.refresh_from_db()
    assert not page.live and page.latest_revision_id == revision.pk
    assert ComplianceReport.objects.get(revision=revision).checker_failed


def test_a_scheduled_publish_is_decided_at_once(home, worker_requests):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    page = make_article(home, summary=f"<p>{LONG_SENTENCE}</p>")
    page.go_live_at = timezone.now() + datetime.timedelta(days=1)
    revision = page.save_revision()
    with CaptureQueriesContext(connection) as queries, pytest.raises(ComplianceError):
        revision.publish()
    # refused in check(), before Wagtail wrote the date (not written and taken back)
    assert not [q["sql"] for q in queries if q["sql"].startswith('UPDATE "wagtailcore_revision"')]
    assert not any(request.get("page") for request in worker_requests)  # checked in this process
    revision.refresh_from_db()
    assert revision.approved_go_live_at is None


def test_a_verdict_known_at_once_is_given_before_wagtail_writes(home, worker_requests):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    page = make_article(home, summary=f"<p>{LONG_SENTENCE}</p>")
    revision = page.save_revision()
    content = revision.as_object()
    checks.run_checks(content, rules_for(content))  # the side panel has checked this content
    asked = len(worker_requests)
    with CaptureQueriesContext(connection) as queries, pytest.raises(ComplianceError):
        revision.publish()
    assert len(worker_requests) == asked  # the kept result: nothing checked again
    assert not [q["sql"] for q in queries if q["sql"].startswith('UPDATE "wagtailcore_revision"')]
    assert ComplianceReport.objects.get(revision=revision).errors >= 1  # the refusal keeps its report


@pytest.mark.django_db(transaction=True)
def test_a_publish_let_through_is_committed_at_the_verdict_and_goes_on_as_without_the_gate(home):
    """Without an outer transaction (as in production): page_published runs outside any transaction,
    and a refusal takes back Wagtail's writes for real (not only to a savepoint)."""
    from django.db import connection

    page = make_article(home)
    page.save_revision().publish()
    page.refresh_from_db()
    page.go_live_at = timezone.now() + datetime.timedelta(days=1)
    scheduled = page.save_revision()
    scheduled.publish()

    page.refresh_from_db()
    page.go_live_at = None
    page.summary = f"<p>{LONG_SENTENCE}</p>"
    with pytest.raises(ComplianceError):
        page.save_revision().publish()
    scheduled.refresh_from_db()
    assert scheduled.approved_go_live_at is not None
    assert not connection.in_atomic_block

    in_transaction = []

    def on_publish(sender, instance, **kwargs):
        in_transaction.append(connection.in_atomic_block)

    page.refresh_from_db()
    page.go_live_at = None
    page.summary = f"<p>{GOOD_TEXT} Sie bekommen Hilfe.</p>"
    page_published.connect(on_publish, weak=False)
    try:
        page.save_revision().publish()
    finally:
        page_published.disconnect(on_publish)
    assert in_transaction == [False]
    page.refresh_from_db()
    assert page.live and "Sie bekommen Hilfe" in page.summary


def test_a_check_that_cannot_start_still_frees_the_worker(home, monkeypatch):
    """Too many hung checks: the publish is refused at once, and what the worker was sent is read
    (the test's teardown fails if the worker is left busy)."""
    monkeypatch.setattr(pipeline, "hung_checks", lambda: 99)
    page = make_article(home)
    revision = page.save_revision()
    with pytest.raises(ComplianceError) as caught:
        revision.publish()
    assert "nicht gestartet" in " ".join(caught.value.messages) or "not started" in " ".join(
        caught.value.messages
    )
    assert worker_client._worker._lock.acquire(blocking=False)
    worker_client._worker._lock.release()
