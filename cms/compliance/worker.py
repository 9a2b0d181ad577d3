"""The checks that need neither page nor Django, in a long-lived process beside the web process.

    python -m cms.compliance.worker

One JSON request per line on stdin, one JSON answer per line on stdout::

    {"text": {"text": ..., "profile": "de", "glossary": [...], "severities": {...}, "threshold": null} | null,
     "fragments": {"html": ["<p>...</p>", ...], "lang": "de", "severities": {...}} | null,
     "page": {"html": "<!DOCTYPE html>...", "lang": "de", "severities": {...}, "parts": {path: html}} | null}
    -> {"text": <TextReport.to_dict()> | {"error": "..."} | null,
        "fragments": [<Report.to_dict()> | {"error": "..."}, ...] | null,
        "page": <Report.to_dict()> | {"error": "..."} | null}

It imports only plainlanguage, a11y_checks and checkreport (no Django), so it starts quickly, and the
web process can kill it when a check runs past its time limit, which a thread cannot be. It ends
when stdin closes. See worker_client.py for why it exists.
"""

from __future__ import annotations

import io
import json
import queue
import sys
import threading
from typing import Any, TextIO


def analyse_text(request: dict[str, Any]) -> dict[str, Any]:
    from plainlanguage import analyze

    try:
        report = analyze(
            request["text"],
            request.get("profile") or "de",
            glossary=request.get("glossary") or None,
            severities=request.get("severities") or None,
            threshold=request.get("threshold"),
        )
    except Exception as error:
        return failed(error)
    return report.to_dict()


def failed(error: Exception) -> dict[str, str]:
    """One part's error: the other parts of the request are still answered."""
    return {"error": f"{type(error).__name__}: {error}"}


def check_fragments(request: dict[str, Any]) -> list[dict[str, Any]]:
    """Each field's HTML on its own, as content under the page's h1 (as the gate checks it)."""
    from a11y_checks import check_html

    answers = []
    for markup in request.get("html") or []:
        try:
            report = check_html(
                markup, lang=request.get("lang"), fragment=True, severities=request.get("severities") or None
            )
        except Exception as error:
            answers.append(failed(error))
        else:
            answers.append(report.to_dict())
    return answers


def check_page(request: dict[str, Any]) -> dict[str, Any]:
    """A rendered page as a whole document, each part (field path -> its HTML) checked in place
    where it is found (as the gate's check_rendered checks it in the web process)."""
    from a11y_checks import check_html

    try:
        report = check_html(
            request["html"],
            lang=request.get("lang"),
            fragment=False,
            severities=request.get("severities") or None,
            parts=request.get("parts") or None,
        )
    except Exception as error:
        return failed(error)
    return report.to_dict()


def answer(request: Any) -> dict[str, Any]:
    if not isinstance(request, dict):
        return {"error": "a request is a JSON object"}
    text, fragments, page = request.get("text"), request.get("fragments"), request.get("page")
    return {
        "text": analyse_text(text) if isinstance(text, dict) else None,
        "fragments": check_fragments(fragments) if isinstance(fragments, dict) else None,
        "page": check_page(page) if isinstance(page, dict) else None,
    }


def serve(requests: TextIO, answers: TextIO) -> None:
    """Answer each request line in turn. Reading and writing run in threads of their own: the web
    process may send the rendered page while an earlier answer of the same turn is still unread, and
    with both larger than a pipe holds, a worker that only reads between answers would wait for the
    web process to read while the web process waits for it to read."""
    incoming: queue.SimpleQueue[str | None] = queue.SimpleQueue()
    outgoing: queue.SimpleQueue[str | None] = queue.SimpleQueue()

    def read() -> None:
        try:
            for line in requests:
                incoming.put(line)
        finally:
            incoming.put(None)

    def write() -> None:
        while (line := outgoing.get()) is not None:
            answers.write(line)
            answers.flush()

    reader = threading.Thread(target=read, name="worker-requests", daemon=True)
    writer = threading.Thread(target=write, name="worker-answers", daemon=True)
    reader.start()
    writer.start()
    try:
        while (line := incoming.get()) is not None:
            try:
                request = json.loads(line)
            except ValueError as error:
                result: dict[str, Any] = {"error": f"not a JSON request: {error}"}
            else:
                result = answer(request)
            outgoing.put(json.dumps(result, ensure_ascii=False) + "\n")
    finally:
        outgoing.put(None)
        writer.join()


if __name__ == "__main__":
    # UTF-8 whatever the locale: the web process writes and reads UTF-8
    serve(
        io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8"),
        io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", line_buffering=False),
    )
