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
import sys
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
    except (KeyError, TypeError, ValueError) as error:
        return {"error": f"{type(error).__name__}: {error}"}
    return report.to_dict()


def check_fragments(request: dict[str, Any]) -> list[dict[str, Any]]:
    """Each field's HTML on its own, as content under the page's h1 (as the gate checks it)."""
    from a11y_checks import check_html

    answers = []
    for markup in request.get("html") or []:
        try:
            report = check_html(
                markup, lang=request.get("lang"), fragment=True, severities=request.get("severities") or None
            )
        except (TypeError, ValueError) as error:
            answers.append({"error": f"{type(error).__name__}: {error}"})
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
    except (KeyError, TypeError, ValueError) as error:
        return {"error": f"{type(error).__name__}: {error}"}
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
    for line in requests:
        try:
            request = json.loads(line)
        except ValueError as error:
            result: dict[str, Any] = {"error": f"not a JSON request: {error}"}
        else:
            result = answer(request)
        answers.write(json.dumps(result, ensure_ascii=False) + "\n")
        answers.flush()


if __name__ == "__main__":
    # UTF-8 whatever the locale: the web process writes and reads UTF-8
    serve(
        io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8"),
        io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", line_buffering=False),
    )
