"""The checks that need no page in their own process: the same reports as in this one, killed when
it hangs, replaced when it dies, waited for briefly while another thread uses it."""

import json
import sys
import time

import pytest

from cms.compliance import pipeline, worker_client
from cms.compliance.checks import run_checks
from cms.compliance.profiles import defaults_for, rules_for

from .conftest import LONG_SENTENCE, make_article

pytestmark = pytest.mark.django_db
TEXT = LONG_SENTENCE + " Die Beratung ist kostenlos. Sie hilft bei Fragen zur Wohnung und zur Schule."
REQUEST = {
    "text": {"text": TEXT, "profile": "de", "glossary": [], "severities": {}, "threshold": None},
    "fragments": {"html": ["<p>Die Beratung ist kostenlos.</p>", '<img src="plan.png">'], "lang": "de"},
}


def failed(report) -> bool:
    return any(f.rule == pipeline.CHECKER_FAILED for f in report.findings)


@pytest.fixture
def worker_command(monkeypatch):
    """Put a worker running ``command`` in place of the real one for one test."""

    def replace(*command: str) -> worker_client.CheckWorker:
        worker = worker_client.CheckWorker(tuple(command))
        monkeypatch.setattr(worker_client, "_worker", worker)
        return worker

    yield replace
    worker_client._worker.stop()


def test_a_page_checked_with_the_worker_gets_the_report_it_gets_without(home, settings):
    summary = f'<p>{TEXT}</p><p>Die Termine stehen <a href="https://example.org/termine">hier</a>.</p>'
    page = make_article(home, summary=summary)
    with_worker = run_checks(page, rules_for(page)).report
    assert worker_client._worker._process is not None  # the text and the fields went to the worker
    found = {(f.rule, f.field) for f in with_worker.findings}
    assert {("sentence-too-long", "summary"), ("link-generic-text", "summary")} <= found, found

    settings.COMPLIANCE_CHECK_WORKER = False
    pipeline.results_cache().clear()  # nothing from the first check is reused
    pipeline.clear_fragment_cache()
    without_worker = run_checks(page, rules_for(page)).report
    assert with_worker.to_dict() == without_worker.to_dict()


def test_a_hung_worker_is_killed_and_the_check_fails_closed(worker_command, settings, caplog):
    worker = worker_command(sys.executable, "-c", "import time; time.sleep(60)")
    settings.COMPLIANCE_CHECK_TIMEOUT = 0.5
    began = time.monotonic()
    report, _text = pipeline.check_content(defaults_for("de"), text=TEXT)
    assert time.monotonic() - began < 5
    assert failed(report)
    assert "killed" in caplog.text
    assert worker._process is None  # killed; the next check starts a new one


def test_a_dead_worker_fails_closed_and_the_next_check_starts_a_new_one(worker_command, settings):
    worker = worker_command(sys.executable, "-c", "pass")
    report, _text = pipeline.check_content(defaults_for("de"), text=TEXT)
    assert failed(report)
    worker.command = worker_client.WORKER_COMMAND
    pipeline.results_cache().clear()
    report, _text = pipeline.check_content(defaults_for("de"), text=TEXT)
    assert not failed(report)
    assert any(f.rule == "sentence-too-long" for f in report.findings)


def test_a_worker_busy_longer_than_the_wait_is_not_waited_for(monkeypatch):
    monkeypatch.setattr(worker_client, "BUSY_WAIT", 0.05)
    busy = worker_client._worker._lock
    with busy:
        assert worker_client.start(REQUEST) is None
        report, _text = pipeline.check_content(defaults_for("de"), text=TEXT)  # analysed here
    assert not failed(report)
    assert any(f.rule == "sentence-too-long" for f in report.findings)


def library_answer() -> dict:
    """What the checkers give in this process for REQUEST, in the JSON the worker sends."""
    from a11y_checks import check_html
    from plainlanguage import analyze

    return json.loads(
        json.dumps(
            {
                "text": analyze(TEXT, "de").to_dict(),
                "fragments": [
                    check_html(markup, lang="de", fragment=True).to_dict()
                    for markup in REQUEST["fragments"]["html"]
                ],
                "page": None,
            }
        )
    )


def test_the_worker_answers_in_turn_with_the_libraries_reports():
    finish = worker_client._worker.start(REQUEST, timeout=30)
    assert finish is not None
    began = time.monotonic()
    # busy until collected; the thread that holds it does not wait for itself (it checks alone)
    assert worker_client._worker.start(REQUEST, timeout=30) is None
    assert time.monotonic() - began < worker_client.BUSY_WAIT / 2
    answer = finish()
    assert answer == library_answer()
    assert any(f["rule"] == "image-alt" for f in answer["fragments"][1]["findings"])
    again = worker_client._worker.start(REQUEST, timeout=30)
    assert again is not None and again() == answer


def test_the_worker_checks_a_rendered_page_with_its_parts_in_place():
    """As check_rendered does in the web process: the same report, findings named by their part."""
    from a11y_checks import check_html

    page = (
        '<!DOCTYPE html><html lang="de"><head><title>Beratung</title></head><body><main>'
        '<h1>Beratung</h1><h3>Termine</h3><p>Die Termine stehen <a href="/termine">hier</a>.</p>'
        "</main></body></html>"
    )
    parts = {"body.0": "<h3>Termine</h3>", "summary": "<p>Steht nicht auf der Seite.</p>"}
    finish = worker_client._worker.start(
        {"page": {"html": page, "lang": "de", "severities": {}, "parts": parts}}, timeout=30
    )
    answer = finish()
    expected = check_html(page, lang="de", fragment=False, parts=parts)
    assert answer == {"text": None, "fragments": None, "page": json.loads(json.dumps(expected.to_dict()))}
    found = {(f["rule"], f["field"]) for f in answer["page"]["findings"]}
    assert {("heading-order", "body.0"), ("link-generic-text", "")} <= found
    assert answer["page"]["metrics"]["parts_not_found"] == ["summary"]


def test_a_turn_takes_the_rendered_page_after_the_text_and_gives_both_answers():
    """The publish sends the text before the page renders and the page once it is rendered."""
    from a11y_checks import check_html

    page = '<!DOCTYPE html><html lang="de"><head><title>Termine</title></head><body><main><h1>Termine</h1></main></body></html>'
    turn = worker_client._worker.start(REQUEST, timeout=30)
    assert turn.send({"page": {"html": page, "lang": "de", "severities": {}, "parts": {}}})
    expected = json.loads(json.dumps(check_html(page, lang="de", fragment=False).to_dict()))
    assert turn() == {**library_answer(), "page": expected}
    again = worker_client._worker.start(REQUEST, timeout=30)  # free, and in step with its answers
    assert again() == library_answer()
    assert not again.send(REQUEST)  # a turn that was read takes nothing more


def test_a_turn_with_answers_and_requests_larger_than_a_pipe_does_not_wait_for_itself():
    """The text's answer is still unread when the page is sent, both over 64 KiB: the worker reads
    the page while its answer waits."""
    import threading

    text = " ".join(["Die Beratung ist kostenlos und offen für alle Menschen in der Stadt."] * 1500)
    page = "<!DOCTYPE html><html lang='de'><head><title>Lang</title></head><body><main><h1>Lang</h1>"
    page += "<p>Die Termine stehen im Kalender auf dieser Seite.</p>" * 3000 + "</main></body></html>"
    turn = worker_client._worker.start(
        {"text": {"text": text, "profile": "de", "glossary": [], "severities": {}, "threshold": None}},
        timeout=120,
    )
    time.sleep(1)  # the worker has analysed the text and is writing its answer
    sent: dict = {}
    thread = threading.Thread(
        target=lambda: sent.update(ok=turn.send({"page": {"html": page, "lang": "de", "parts": {}}})),
        daemon=True,
    )
    thread.start()
    thread.join(30)
    if thread.is_alive():
        worker_client._worker._stop()  # free the pipe, so the test ends
        pytest.fail("the page could not be sent: the worker and this process waited for each other")
    assert sent["ok"] and len(page) > 1 << 16
    answer = turn()
    assert len(json.dumps(answer["text"])) > 1 << 16
    assert answer["page"]["metrics"]["elements"] > 3000


def test_a_checker_that_raises_fails_its_part_of_the_answer_only(monkeypatch):
    import a11y_checks
    from cms.compliance.worker import answer

    def broken(*args, **kwargs):
        raise RuntimeError("parser gone")

    monkeypatch.setattr(a11y_checks, "check_html", broken)
    got = answer({**REQUEST, "page": {"html": "<p>x</p>", "lang": "de"}})
    assert got["page"] == {"error": "RuntimeError: parser gone"}
    assert got["fragments"] == [{"error": "RuntimeError: parser gone"}] * 2
    assert any(f["rule"] == "sentence-too-long" for f in got["text"]["findings"])


def test_a_turn_that_fails_half_way_leaves_no_answer_for_the_next_check(worker_command):
    # the first answer is an error; the second would still come, for whoever reads next
    script = (
        "import sys\n"
        "for number, line in enumerate(sys.stdin):\n"
        '    print(\'{"error": "out of memory"}\' if number == 0 else \'{"page": {"stale": true}}\', flush=True)\n'
    )
    worker = worker_command(sys.executable, "-c", script)
    turn = worker.start(REQUEST, timeout=30)
    assert turn.send({"page": {"html": "<p>x</p>", "lang": "de"}})
    with pytest.raises(worker_client.WorkerFailed, match="out of memory"):
        turn()
    assert worker._process is None  # killed: the next check starts a new worker
    assert worker._lock.acquire(blocking=False)
    worker._lock.release()


def test_bad_requests_get_an_error_and_the_worker_goes_on():
    import io

    from cms.compliance.worker import serve

    out = io.StringIO()
    requests = [
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"text": {"text": "Hallo.", "profile": "xx"}}),
        json.dumps({"page": {"lang": "de", "parts": {}}}),  # no HTML
    ]
    serve(io.StringIO("".join(line + "\n" for line in [*requests, json.dumps(REQUEST)])), out)
    first, second, third, fourth, fifth = [json.loads(line) for line in out.getvalue().splitlines()]
    assert first["error"].startswith("not a JSON request")
    assert second == {"error": "a request is a JSON object"}
    assert "xx" in third["text"]["error"] and third["fragments"] is None and third["page"] is None
    assert fourth["page"]["error"].startswith("KeyError") and fourth["text"] is None
    assert fifth == library_answer()


def test_a_second_check_waits_for_the_worker_then_gets_it():
    import threading

    finish = worker_client._worker.start(REQUEST, timeout=30)
    second: dict = {}

    def other_thread() -> None:
        pending = worker_client._worker.start(REQUEST, timeout=30)
        second["pending"] = pending
        second["report"] = pending() if pending else None

    thread = threading.Thread(target=other_thread)
    thread.start()
    first = finish()
    thread.join(10)
    assert second["pending"] is not None  # it waited instead of checking in its own thread
    assert second["report"] == first


def test_an_answer_not_needed_is_still_read_so_the_next_check_gets_its_own(home, monkeypatch):
    """The page's result is cached but its text's report is not (evicted): the worker was asked
    anyway; its answer must be read then, not by the next check."""
    page = make_article(home, summary=f"<p>{TEXT}</p>")
    first = run_checks(page, rules_for(page)).report
    cache = pipeline.results_cache()
    get = cache.get
    monkeypatch.setattr(
        cache, "get", lambda key, *a, **k: None if key.startswith("compliance:text:") else get(key, *a, **k)
    )
    assert run_checks(page, rules_for(page)).report.to_dict() == first.to_dict()  # from the cache
    assert worker_client._worker._lock.acquire(blocking=False)  # the answer was read: free again
    worker_client._worker._lock.release()
    other = make_article(home, title="Kurze Seite", summary="<p>Die Beratung ist kostenlos.</p>")
    report = run_checks(other, rules_for(other)).report
    assert not any(f.rule == "sentence-too-long" for f in report.findings)
    assert all(f.field in ("", "title", "summary") for f in report.findings)


def test_a_forked_process_gets_its_own_worker_and_lock():
    """After a fork (a preloading app server) the parent's lock may be held and its pipes are not
    this process's: the child starts afresh."""
    worker = worker_client.CheckWorker()
    assert worker.start(REQUEST, timeout=30) is not None  # the parent's thread waits for an answer
    parent_process = worker._process
    worker.after_fork()  # what os.register_at_fork runs in the child
    try:
        finish = worker.start(REQUEST, timeout=30)  # not blocked by the parent's lock
        assert finish is not None and worker._process is not parent_process
        assert any(f["rule"] == "sentence-too-long" for f in finish()["text"]["findings"])
    finally:
        worker.stop()
        parent_process.kill()
        parent_process.wait()


def test_checks_that_cannot_start_fail_closed(home, monkeypatch):
    from cms.compliance import checks

    def broken(*args, **kwargs):
        raise RuntimeError("word list unreadable")

    monkeypatch.setattr(checks, "start_checks", broken)
    page = make_article(home)
    report = run_checks(page, rules_for(page)).report
    assert failed(report) and report.errors
