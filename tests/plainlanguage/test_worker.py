"""The analysis process's protocol: one JSON request per line in, one JSON answer per line out."""

import io
import json

from plainlanguage import analyze
from plainlanguage.worker import serve

TEXT = (
    "Die Stadtverwaltung hat im Rahmen der Umsetzung des Aktionsplans beschlossen, dass alle neu "
    "zugewanderten Menschen, die sich in der Stadt niederlassen, eine umfassende Beratung durch die "
    "zuständigen Stellen der Verwaltung erhalten sollen. Die Beratung ist kostenlos."
)


def answers(*lines: str) -> list[dict]:
    out = io.StringIO()
    serve(io.StringIO("".join(line + "\n" for line in lines)), out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_each_request_gets_the_report_the_library_gives():
    request = {"text": TEXT, "profile": "de", "glossary": ["Aktionsplan"], "severities": {}, "threshold": 12}
    (answer,) = answers(json.dumps(request))
    expected = analyze(TEXT, "de", glossary=["Aktionsplan"], threshold=12).to_dict()
    assert answer == {"report": json.loads(json.dumps(expected))}
    assert any(f["rule"] == "sentence-long" for f in answer["report"]["findings"])


def test_bad_requests_get_an_error_line_and_the_worker_goes_on():
    good = json.dumps({"text": "Die Beratung ist kostenlos.", "profile": "de"})
    first, second, third, fourth = answers(
        "{not json", json.dumps(["a", "list"]), json.dumps({"text": "Hallo.", "profile": "xx"}), good
    )
    assert first["error"].startswith("not a JSON request")
    assert second == {"error": "a request is a JSON object"}
    assert "xx" in third["error"]
    assert fourth["report"]["profile"] == "de"
