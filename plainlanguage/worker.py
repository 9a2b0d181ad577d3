"""A long-lived analysis process: one JSON request per line on stdin, one JSON answer per line on stdout.

    python -m plainlanguage.worker

Request: ``{"text": ..., "profile": "de", "glossary": [...], "severities": {...}, "threshold": null}``;
answer: ``{"report": <TextReport.to_dict()>}`` or ``{"error": "..."}``. A host runs it beside its own
work (the CMS gate analyses text here while it checks the page's HTML) and can kill it when a
check runs past its time limit, which a thread cannot be. It ends when stdin closes.
"""

from __future__ import annotations

import json
import sys
from typing import Any, TextIO

from plainlanguage.analysis import analyze


def answer(request: dict[str, Any]) -> dict[str, Any]:
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
    return {"report": report.to_dict()}


def serve(requests: TextIO, answers: TextIO) -> None:
    for line in requests:
        try:
            request = json.loads(line)
        except ValueError as error:
            result: dict[str, Any] = {"error": f"not a JSON request: {error}"}
        else:
            result = answer(request) if isinstance(request, dict) else {"error": "a request is a JSON object"}
        answers.write(json.dumps(result, ensure_ascii=False) + "\n")
        answers.flush()


if __name__ == "__main__":
    serve(sys.stdin, sys.stdout)
