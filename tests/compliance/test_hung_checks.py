"""A check that hangs fails closed and holds one thread; later checks in the same process still run."""

import threading
import time

import pytest
from wagtail.models import Page

import plainlanguage
from checkreport import Report
from cms.compliance import pipeline
from cms.compliance.gate import ComplianceError
from cms.compliance.profiles import defaults_for

from .conftest import GOOD_TEXT, make_article

pytestmark = pytest.mark.django_db
TIMEOUT = 0.3  # for the checks that hang
NORMAL_TIMEOUT = 10  # for the real checks after them: a busy machine must not fail these


@pytest.fixture
def release(settings):
    """An event the hanging checks wait for; set at the end, and the hung threads are let go.
    The text is analysed in this process here (the hang is patched into it; the worker process has
    tests of its own in test_check_worker.py)."""
    settings.COMPLIANCE_CHECK_TIMEOUT = TIMEOUT
    settings.COMPLIANCE_CHECK_WORKER = False
    event = threading.Event()
    yield event
    event.set()
    deadline = time.monotonic() + 5
    while pipeline.hung_checks() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert pipeline.hung_checks() == 0


def hanging(event: threading.Event):
    def call(*args, **kwargs) -> Report:
        event.wait(30)
        return Report(checker="plainlanguage", profile="de", findings=[])

    return call


def failed(report: Report) -> bool:
    return any(f.rule == pipeline.CHECKER_FAILED for f in report.findings)


def test_hung_checks_leave_later_checks_working(release, settings):
    settings.COMPLIANCE_MAX_HUNG_CHECKS = 5
    # more hangs than a pool of two workers could survive
    for _ in range(3):
        assert failed(pipeline.guarded("plainlanguage", hanging(release)))
    assert pipeline.hung_checks() == 3
    settings.COMPLIANCE_CHECK_TIMEOUT = NORMAL_TIMEOUT
    report, _text = pipeline.check_content(defaults_for("de"), text=GOOD_TEXT)
    assert not failed(report) and report.score is not None


def test_publish_with_a_hung_check_is_refused_then_others_publish(
    release, home, monkeypatch, caplog, settings
):
    monkeypatch.setattr(plainlanguage, "analyze", hanging(release))
    page = make_article(home)
    revision = page.save_revision()
    with pytest.raises(ComplianceError) as caught:
        revision.publish()
    messages = " ".join(caught.value.messages)
    assert "fehlgeschlagen" in messages or "failed" in messages
    assert f"no result after {TIMEOUT} s" in caplog.text
    assert not Page.objects.get(pk=page.pk).live and page.get_latest_revision().pk == revision.pk

    monkeypatch.undo()  # the checker works again; the hung thread still waits
    settings.COMPLIANCE_CHECK_TIMEOUT = NORMAL_TIMEOUT
    other = make_article(home, title="Weitere Angebote")
    other.save_revision().publish()
    assert Page.objects.get(pk=other.pk).live
    assert pipeline.hung_checks() == 1


def test_beyond_the_bound_no_thread_is_started_and_the_check_fails_at_once(release, settings, caplog):
    settings.COMPLIANCE_MAX_HUNG_CHECKS = 2
    for _ in range(2):
        assert failed(pipeline.guarded("plainlanguage", hanging(release)))
    started = threading.active_count()
    began = time.monotonic()
    report = pipeline.guarded("a11y_checks", lambda: pytest.fail("must not run"))
    assert time.monotonic() - began < TIMEOUT / 2
    assert threading.active_count() == started
    assert failed(report)
    assert "hängen noch" in report.findings[0].message.de and "still hang" in report.findings[0].message.en
    assert "not started: 2 earlier checks still hang" in caplog.text

    release.set()  # the hung checks end: checks run again
    deadline = time.monotonic() + 5
    while pipeline.hung_checks() and time.monotonic() < deadline:
        time.sleep(0.01)
    settings.COMPLIANCE_CHECK_TIMEOUT = NORMAL_TIMEOUT
    report, _text = pipeline.check_content(defaults_for("de"), text=GOOD_TEXT)
    assert not failed(report)


def test_a_checker_error_is_logged_with_its_traceback(caplog):
    def broken() -> Report:
        raise RuntimeError("Wörterbuch fehlt")

    assert failed(pipeline.guarded("plainlanguage", broken))
    record = next(r for r in caplog.records if "Wörterbuch fehlt" in r.getMessage())
    assert record.exc_info and record.exc_info[0] is RuntimeError
